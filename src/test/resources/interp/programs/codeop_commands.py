# codeop: complete, incomplete (None) and invalid commands, as an interactive console sees them.
import codeop
import __future__


def show(source, symbol="single"):
    try:
        code = codeop.compile_command(source, "<input>", symbol)
    except (SyntaxError, OverflowError, ValueError) as e:
        print(repr(source), symbol, "->", type(e).__name__, e.args[0], getattr(e, "lineno", None))
        return
    print(repr(source), symbol, "->", "None" if code is None else type(code).__name__)


for src in ["x = 1", "if x:", "if x:\n  pass", "if x:\n  pass\n", "def f():\n  return 1\n",
            "x = (1,", "1+", "a b", "'''abc", "", "# only a comment", "\n\n", "@dec",
            "class A:\n  def f(self):", "for x in y:\n  pass\nelse:", "print('a'", "x = [1,\n 2]",
            "lambda", "del f()", "1 2 3", "f(a b", "'abc", "match x:", "try:\n  pass\n",
            "try:\n  pass\nexcept:\n  pass\n", "x = 1\ny = 2", "return 1", "yield", "\\",
            "x = 1 +\\\n", "if 1:\n  x = 1\n y = 2", "0777", "'\\x'", "f'{x", "f'{x}"]:
    show(src)
for src in ["1 +", "1 + 2", "", "(1,", "x for x in y", "lambda: 1"]:
    show(src, "eval")
for src in ["if x:\n  y", "x = 1\ny = 2\n", "def f(:"]:
    show(src, "exec")

# Compile and CommandCompiler remember __future__ imports
compiler = codeop.CommandCompiler()
print(compiler("from __future__ import annotations") is not None)
print(bool(compiler.compiler.flags & __future__.annotations.compiler_flag))
print(compiler("if True:\n  x = 1\n") is not None, compiler("if True:\n  x = 1") is None)
code = compiler("def f(x: undefined_name): pass\n")
namespace = {}
exec(code, namespace)
print(namespace["f"].__annotations__)   # stringized: the remembered future import applies
print(compile("def g(y: undefined): pass", "<s>", "exec", __future__.annotations.compiler_flag).co_flags
      & __future__.annotations.compiler_flag != 0)
plain = codeop.Compile()
print(plain.flags == codeop.PyCF_DONT_IMPLY_DEDENT | codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
try:
    plain("if x:", "<input>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.args)
try:
    plain("if x:", "<input>", "single", incomplete_input=False)
except SyntaxError as e:
    print(type(e).__name__, e.args)
print(codeop.__all__)
