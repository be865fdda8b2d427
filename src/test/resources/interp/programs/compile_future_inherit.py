# compile()/exec()/eval() inherit the calling code's __future__ flags unless dont_inherit=True
from __future__ import annotations
import __future__

ANN = __future__.annotations.compiler_flag


def annotations_of(code, name):
    ns = {}
    exec(code, ns)
    return ns[name].__annotations__


c = compile("def f(x: int) -> str: pass", "s", "exec")
print(hex(c.co_flags), bool(c.co_flags & ANN), annotations_of(c, 'f'))
c = compile("def f(x: int) -> str: pass", "s", "exec", dont_inherit=True)
print(hex(c.co_flags), annotations_of(c, 'f'))
c = compile("def f(x: int) -> str: pass", "s", "exec", 0, 1)
print(hex(c.co_flags), annotations_of(c, 'f'))
c = compile("def f(x: int): pass", "s", "exec", ANN, True)
print(hex(c.co_flags), annotations_of(c, 'f'))

ns = {}
exec("def g(y: list[int]): pass", ns)
print(ns['g'].__annotations__)
print(hex(eval("(lambda: 1).__code__.co_flags")))
print(hex(eval("compile('x: int', 's', 'exec')").co_flags))


def inside_function():
    return compile("def k(z: float): pass", "s", "exec")


print(annotations_of(inside_function(), 'k'))
exec(compile("x: Y = 1\nprint(__annotations__)", "s", "exec"), {})

import ast
tree = compile("def f(x: int): pass", "s", "exec", ast.PyCF_ONLY_AST)
c = compile(tree, "s", "exec")
print(hex(c.co_flags), annotations_of(c, 'f'))

# code compiled without the flag does not pass it on; code compiled with it does
src = ("c = compile('def g(x: int): pass', 's', 'exec')\n"
       "ns = {}\nexec(c, ns)\nprint(ns['g'].__annotations__)\n")
exec(compile(src, 's', 'exec', dont_inherit=True), {})
exec(compile(src, 's', 'exec'), {})

# the other CO_FUTURE_* flags are kept in co_flags of every code object (nested_scopes is not)
for flag in (0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x800000, 0x10):
    c = compile('def f(): pass', 's', 'exec', flag, True)
    print(hex(flag), hex(c.co_flags), hex(c.co_consts[0].co_flags))
inherited = compile("compile('1', 's', 'eval').co_flags", "s", "eval", 0x20000, True)
print(hex(eval(inherited)))
for bad in (0x100, 0x2000000):
    try:
        compile('1', 's', 'exec', bad)
    except ValueError as e:
        print(hex(bad), e)
