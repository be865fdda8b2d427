# Code-object attributes (written for Ember): printed for a set of functions, recorded from
# CPython 3.14 in code-cases-3.14.txt and compared by CodeObjectTest.

def simple(a, b):
    return a + b


def defaults(a, /, b=2, *args, c, d=4, **kw):
    x = a
    return x, b, args, c, d, kw


def closure_outer(n):
    total = 0
    def inner(k):
        nonlocal total
        total += k + n
        return total
    return inner


def generator(n):
    for i in range(n):
        yield i * 2


def handler(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        x = None


def multiline(a,
              b):
    value = (a +
             b)
    return [v for v in
            range(value)]


class Klass:
    def method(self, y):
        return super().method(y) + self.attr


async def coroutine(x):
    return await x


def constants():
    return 1, 1.0, True, -0.0, 'text', (1, 2), None, ..., 2 ** 80


def show(code):
    print("### " + code.co_qualname)
    print("co_name", code.co_name)
    print("co_qualname", code.co_qualname)
    print("co_filename ok", code.co_filename.endswith("code_cases.py"))
    print("co_argcount", code.co_argcount)
    print("co_posonlyargcount", code.co_posonlyargcount)
    print("co_kwonlyargcount", code.co_kwonlyargcount)
    print("co_nlocals", code.co_nlocals)
    print("co_stacksize", code.co_stacksize)
    print("co_flags", code.co_flags)
    print("co_firstlineno", code.co_firstlineno)
    print("co_varnames", code.co_varnames)
    print("co_cellvars", code.co_cellvars)
    print("co_freevars", code.co_freevars)
    print("co_names", code.co_names)
    print("co_consts", [c.co_name if hasattr(c, "co_name") else c for c in code.co_consts])
    print("co_lines", list(code.co_lines()))
    print("co_positions", list(code.co_positions()))
    names = []
    i = 0
    while True:
        try:
            names.append(code._varname_from_oparg(i))
        except IndexError:
            break
        i += 1
    print("varname_from_oparg", names)
    for c in code.co_consts:
        if hasattr(c, "co_name"):
            show(c)


for function in [simple, defaults, closure_outer, generator, handler, multiline, Klass.method,
                 coroutine, constants]:
    show(function.__code__)

print("### replace")
code = simple.__code__
renamed = code.replace(co_name="renamed", co_qualname="q.renamed")
print(renamed.co_name, renamed.co_qualname, renamed.co_varnames, renamed.co_argcount)
print(renamed == code, code == code.replace(), hash(code) == hash(code.replace()))
print(code.__replace__(co_firstlineno=99).co_firstlineno)
print(code.replace(co_consts=(None, 5)).co_consts)
print(code.replace(co_varnames=("p", "q")).co_varnames)
print(code.replace(co_names=()).co_names)
try:
    code.replace(co_name=3)
except TypeError as e:
    print("TypeError", e)
try:
    code.replace(bogus=1)
except TypeError as e:
    print("TypeError", e)

print("### equality")
def twin_a(x):
    return x + 1
def twin_b(x):
    return x + 1
print(twin_a.__code__ == twin_b.__code__)
same_line_a = lambda: 1; same_line_b = lambda: 1
print(same_line_a.__code__ == same_line_b.__code__, hash(same_line_a.__code__) == hash(same_line_b.__code__))
one = lambda: 1; onef = lambda: 1.0
print(one.__code__ == onef.__code__)
print(one.__code__ != onef.__code__)
print(simple.__code__ == 5, simple.__code__ != "x")

print("### bytes")
for function in [simple, handler, generator, constants]:
    code = function.__code__
    print(type(code.co_code).__name__, list(code.co_code))
    print(list(code.co_linetable))
    print(list(code.co_exceptiontable))
    print(code.co_code == code.co_code)
same = simple.__code__.replace(co_code=simple.__code__.co_code, co_linetable=simple.__code__.co_linetable,
                               co_exceptiontable=simple.__code__.co_exceptiontable)
print(same == simple.__code__)
try:
    simple.__code__.replace(co_code="no")
except TypeError as e:
    print("TypeError", e)
