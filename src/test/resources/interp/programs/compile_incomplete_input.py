# compile() with PyCF_ALLOW_INCOMPLETE_INPUT (and PyCF_DONT_IMPLY_DEDENT), as codeop uses it:
# _IncompleteInputError("incomplete input") only when the parser stopped at the end of the input.
import builtins
print(builtins._IncompleteInputError.__mro__, builtins._IncompleteInputError.__module__)
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
cases = ["if x:", "x = (1,", "1+", "def f():\n  pass", "a b", "'''abc", "1+\n", "a b\n", "'abc",
         "if x:\n", "if x:\n  pass\n", "if x:\n  pass\n\n", "def f():\n  pass\n", "def f():\n  pass\n\n",
         "x = [1,\n 2", "x = [1,\n 2]", "@dec", "@dec\n", "class A:\n  def f(self):\n    pass\n",
         "for x in y:\n  pass\nelse:", "try:\n  pass\n", "try:\n  pass\nexcept:\n  pass\n",
         "1 2 3\n", "x = 1 +\\", "x = 1 +\\\n", "f(", "f(\n", "f(a b", "f(a b\n", "def f(:", "lambda",
         "\n", "", "#c", "pass", "x = ", "print('a'", ")", "if x:\n  pass\n else:", "match x:",
         "match x:\n  case 1:", "if 1:\n\tx\n        y", "x = '''a\nb", "$", "x = 1\ny = ", "1 +\n2",
         "yield", "return", "f'{x", "f'{x}", "f'''{x}", "if x:\npass", "  x", "else:", "x = 1; y = ",
         "nonlocal x", "def f():\n  nonlocal x", "a, *b, *c = d", "del f()", "x +=", "import", "from x import (a,"]
for flags in [PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_ALLOW_INCOMPLETE_INPUT]:
    for mode in ["single", "exec", "eval"]:
        print("###", hex(flags), mode)
        for src in cases:
            try:
                compile(src, "<in>", mode, flags)
                print(repr(src), "ok")
            except SyntaxError as e:
                print(repr(src), type(e).__name__, e.args)
