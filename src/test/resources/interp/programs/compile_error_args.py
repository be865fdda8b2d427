# recorded with CPython 3.14 (3.14 moved some checks from the code generator to the symbol table)
# Errors found after parsing: CPython's symbol table gives SyntaxError(msg) with the location as
# attributes; its code generator gives args (msg, (file, line, offset, text, end line, end offset)).
cases = [
    "yield", "x = 1\nyield x", "f'{yield}'", "await x", "f'{await x}'", "return 1",
    "class A:\n  f'{yield}'", "break", "continue", "for x in y:\n  def f():\n    break",
    "nonlocal x", "def f(x):\n  global x", "def f():\n  x = 1\n  global x",
    "[(yield) for x in y]", "a, *b, *c = d", "*a = b", "def f():\n  async with x: pass",
    "def f():\n  [x async for x in y]", "__debug__ = 1", "def f(__debug__): pass",
    "async def f():\n  yield 1\n  return 2", "def f():\n  x: int\n  global x",
    "class A:\n  def f(self):\n    nonlocal __class__", "del __debug__",
    "def f():\n  yield from x\nasync def g():\n  yield from x",
    "from __future__ import braces", "x = 1\nfrom __future__ import annotations",
    "def f():\n  from os import *", "import __debug__",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args, (e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
# with a file name that exists, the code generator's errors read their text from the file
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "m.py")
for src in ["x = 1\nyield x\n", "nonlocal x\n", "for x in y:\n    pass\nbreak\n"]:
    with open(path, "w") as f:
        f.write(src)
    try:
        compile(src, path, "exec")
    except SyntaxError as e:
        print(repr(src), e.args[0], e.args[1][1:] if len(e.args) > 1 else None, repr(e.text))
