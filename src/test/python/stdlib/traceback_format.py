# traceback: frame lines, caret lines (3.13 anchors), chains, groups, notes, suggestions.
import sys
import traceback

PROG = __file__


def show(lines):
    text = ''.join(lines).replace(PROG, 'PROG')
    print(text, end='')
    print('-----')


def catch(func):
    try:
        func()
    except BaseException as exc:
        return exc


def divide(a, b):
    return a / b


def binop_in_expression():
    values = [1, 2]
    total = 10 + divide(1, 0) * 2
    return total


def binop_anchor():
    x = 1
    y = 'text'
    return x + 3 // y


def subscript_anchor():
    table = {'a': {}}
    return table['a']['missing'] + 1


def call_anchor():
    obj = None
    return len(obj.items()) + 1


def multi_line():
    data = [1, 2, 3]
    result = sum(
        data
    ) + divide(
        1,
        0)
    return result


def whole_line_call():
    result = divide(5, 0)
    return result


def power_anchor():
    base = 10.0
    return base ** 'x' + 1


for func in (binop_in_expression, binop_anchor, subscript_anchor, call_anchor, multi_line,
             whole_line_call, power_anchor):
    show(traceback.format_exception(catch(func)))


# Chains: explicit cause, implicit context, suppressed context.
def chained_cause():
    try:
        {}['key']
    except KeyError as exc:
        raise ValueError('bad value') from exc


def chained_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('while handling')


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no context') from None


for func in (chained_cause, chained_context, suppressed):
    exc = catch(func)
    show(traceback.format_exception(exc))
    show(traceback.format_exception(exc, chain=False))


# Notes and exception groups.
def with_notes():
    error = TypeError('noted')
    error.add_note('first note')
    error.add_note('second\nmultiline note')
    raise error


show(traceback.format_exception(catch(with_notes)))


def group():
    raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError('t'),
                                                                           KeyError('k')]),
                                   OSError('os')])


exc = catch(group)
show(traceback.format_exception(exc))
show(traceback.format_exception_only(exc))
show(traceback.format_exception_only(exc, show_group=True))
te = traceback.TracebackException.from_exception(exc, max_group_width=2, max_group_depth=1)
show(te.format())

# Empty message, custom module, bad __str__.
class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


show(traceback.format_exception_only(ValueError()))
show(traceback.format_exception_only(Custom('x')))
show(traceback.format_exception_only(BadStr()))
show(traceback.format_exception_only(KeyError('k')))
show(traceback.format_exception(None))

# SyntaxError formatting.
for source in ('x = (1 +', 'def f(:\n  pass', 'a b c', '  1 +* 2'):
    try:
        compile(source, '<src>', 'exec')
    except SyntaxError as err:
        show(traceback.format_exception_only(err))
err = SyntaxError('custom message', ('file.py', 3, 5, '    foo bar baz\n', 3, 12))
show(traceback.format_exception_only(err))
show(traceback.format_exception_only(SyntaxError('no position')))

# Suggestions.
def name_typo():
    counter = 1
    return countr


class Point:
    def __init__(self):
        self.xcoord = 1

    def use(self):
        return xcoord


show(traceback.format_exception_only(catch(name_typo)))
show(traceback.format_exception_only(catch(lambda: Point().xcord)))
show(traceback.format_exception_only(catch(Point().use)))
show(traceback.format_exception_only(catch(lambda: sys.maxsiz)))
show(traceback.format_exception_only(catch(lambda: math)))


# Recursion collapses repeated frames.
def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    return recurse(n - 1)


show(traceback.format_exception(catch(lambda: recurse(10))))

# Limits.
exc = catch(lambda: recurse(3))
show(traceback.format_exception(exc, limit=2))
show(traceback.format_exception(exc, limit=-1))
show(traceback.format_tb(exc.__traceback__, limit=1))
sys.tracebacklimit = 1
show(traceback.format_exception(exc))
del sys.tracebacklimit

# extract_tb, FrameSummary, StackSummary, walk_tb.
exc = catch(binop_anchor)
summary = traceback.extract_tb(exc.__traceback__)
for frame in summary:
    print(repr(frame).replace(PROG, 'PROG'), frame.name, frame.lineno, frame.line,
          frame.end_lineno, frame.colno, frame.end_colno, len(frame))
    filename, lineno, name, line = frame
    print(filename == PROG, lineno, name, line, frame[2])
print(summary[1] == (PROG, 33, 'binop_anchor', 'return x + 3 // y'))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])
listing = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)])
show(listing.format())
show(traceback.format_list([('c.py', 7, 'h', '  y = 2  ')]))
fs = traceback.FrameSummary('nowhere.py', 5, 'fn', line='given line', locals={'a': 1, 'b': 'x'})
print(fs.line, fs.locals, fs == traceback.FrameSummary('nowhere.py', 5, 'fn', line='other'))
show(traceback.StackSummary.from_list([fs]).format())


def outer():
    return inner()


def inner():
    stack = traceback.extract_stack()
    return [(f.name, f.line) for f in stack[-3:]], traceback.format_stack(limit=2)


names, formatted = outer()
print(names)
show(formatted)

# format_exc / print_exc / print_exception to a file.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


try:
    chained_cause()
except ValueError:
    show([traceback.format_exc()])
    show([traceback.format_exc(chain=False)])
    sink = Sink()
    traceback.print_exc(file=sink)
    show(sink.parts)
sink = Sink()
traceback.print_exception(catch(group), file=sink)
show(sink.parts)
sink = Sink()
exc = catch(call_anchor)
traceback.print_exception(type(exc), exc, exc.__traceback__, file=sink)
show(sink.parts)
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as err:
    print(err)
try:
    traceback.format_exception(42)
except TypeError as err:
    print(err)
te = traceback.TracebackException.from_exception(catch(chained_cause))
print(te.exc_type_str, str(te), type(te.__cause__).__name__, te.__cause__.exc_type_str,
      te.__suppress_context__, te.exceptions, len(te.stack))
print(te == traceback.TracebackException.from_exception(catch(chained_cause)))
