# compile(): modes, flags, optimize, filenames, and the SyntaxErrors it raises
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
        if isinstance(e, SyntaxError):
            print("   ", repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)


c = compile("x = 1\ny = x + 1", "prog.py", "exec")
print(type(c).__name__, c.co_filename, c.co_name, c.co_firstlineno)
ns = {}
exec(c, ns)
print("ran:", ns["y"])

e = compile("3 * 14", "<expr>", "eval")
print("eval mode:", eval(e), e.co_name)

s = compile("1 + 1", "<single>", "single")
print("single mode prints through displayhook:")
exec(s)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))

attempt("bad mode", lambda: compile("1", "s", "bad"))
attempt("unknown flags", lambda: compile("1", "s", "exec", 0x123456))
attempt("optimize 5", lambda: compile("1", "s", "exec", optimize=5))
attempt("optimize -2", lambda: compile("1", "s", "exec", optimize=-2))
attempt("source int", lambda: compile(5, "s", "exec"))
attempt("filename int", lambda: compile("1", 5, "exec"))
attempt("mode int", lambda: compile("1", "s", 5))
attempt("null byte", lambda: compile("1\0", "s", "exec"))
attempt("func_type", lambda: compile("1", "s", "func_type"))
attempt("eval of statement", lambda: compile("a=1", "s", "eval"))
attempt("single with two", lambda: compile("a=1\nb=2", "s", "single"))
attempt("indent", lambda: compile("if 1:\nx = 1", "ind.py", "exec"))
attempt("unexpected indent", lambda: compile("  x", "u.py", "exec"))
attempt("tab error", lambda: compile("if 1:\n\tx = 1\n        y = 2", "t.py", "exec"))
attempt("unclosed", lambda: compile("f(1,\n2", "un.py", "exec"))
attempt("eval last line", lambda: compile("1\nx y", "s", "eval"))
attempt("symtable error", lambda: compile("def f():\n  return 1\n  nonlocal q\n", "/some/dir/f.py", "exec"))
attempt("return outside", lambda: compile("return 5", "r.py", "exec"))
attempt("future flag ok", lambda: compile("x = 1", "s", "exec", 0x1000000).co_name)
attempt("dont_inherit", lambda: compile("x = 1", "s", "exec", dont_inherit=True).co_name)
attempt("keywords", lambda: compile(source="1", filename="kw", mode="eval").co_filename)

o0 = compile("assert False, 'boom'", "o.py", "exec", optimize=0)
o1 = compile("assert False, 'boom'", "o.py", "exec", optimize=1)
attempt("optimize 0 keeps assert", lambda: exec(o0))
attempt("optimize 1 drops assert", lambda: exec(o1))
doc2 = compile("def f():\n    'doc'\n", "d.py", "exec", optimize=2)
ns = {}
exec(doc2, ns)
print("optimize 2 drops docstrings:", ns["f"].__doc__)


class Path:
    def __fspath__(self):
        return "from_fspath.py"


print("PathLike filename:", compile("1", Path(), "exec").co_filename)
err = None
try:
    compile("(1, 2", "paren.py", "exec")
except SyntaxError as e:
    err = e
print("str:", str(err))
print("args:", err.args)
print("SyntaxError attributes by hand:", SyntaxError("m", ("f.py", 1, 2, "txt", 1, 3)).text,
      str(SyntaxError("m", ("dir/f.py", 4, 2, "txt", 4, 3))), str(SyntaxError("only")), str(SyntaxError()))
try:
    compile("x = 1\nnonlocal y", "nofile.py", "exec")
except SyntaxError as e:
    print("post-parse error args:", e.args, repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
