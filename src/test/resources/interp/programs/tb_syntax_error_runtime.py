# A SyntaxError raised by compile() at run time prints its caret block under the traceback
source = "def f():\n    return (1 +\n        2 3)\n"


def build():
    return compile(source, "generated.py", "exec")


try:
    build()
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset)
exec("x = 1\nif x:\n  y = (\n")
