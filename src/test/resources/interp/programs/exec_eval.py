# exec and eval: every globals/locals combination, code objects, closures and their errors
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)


attempt("exec globals list", lambda: exec("x=1", []))
attempt("exec locals int", lambda: exec("x=1", {}, 5))
attempt("exec None, int", lambda: exec("x=1", None, 5))
attempt("exec int source", lambda: exec(5))
attempt("eval int source", lambda: eval(5))
attempt("eval globals list", lambda: eval("1", []))
attempt("eval locals int", lambda: eval("1", {}, 5))
attempt("eval leading blanks", lambda: eval("  \t1+1"))
attempt("exec leading blanks", lambda: exec("  1+1"))
attempt("eval syntax", lambda: eval("x y"))
attempt("eval statement", lambda: eval("a = 1"))
attempt("eval keyword args", lambda: eval("a + b", globals={"a": 1}, locals={"b": 2}))
attempt("exec keyword globals", lambda: exec("pass", globals={}))

g = {}
exec("a = 1\ndef f(): return a + 1", g)
print("globals after exec:", sorted(g), type(g["__builtins__"]).__name__, g["f"]())
print("eval in them:", eval("f() * 10", g))

l = {}
exec("b = 2\nc = b + 1", {}, l)
print("separate locals:", l)

g2 = {"base": 100}
l2 = {"local": 1}
exec("result = base + local", g2, l2)
print("mixed:", l2["result"], "result" in g2)

print("eval locals wins:", eval("x", {"x": "global"}, {"x": "local"}))
print("eval falls back to globals:", eval("y", {"y": "global"}, {}))
print("eval builtins:", eval("len('abc')", {}))


class Mapping:
    def __init__(self):
        self.stored = {}

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return self.stored[key]

    def __setitem__(self, key, value):
        print("  set", key, value)
        self.stored[key] = value


m = Mapping()
print("mapping locals eval:", eval("magic + 1", {}, m))
exec("q = 5\nr = q * magic", {}, m)
print("mapping locals exec:", m.stored)
attempt("mapping missing name", lambda: eval("missing_name", {}, m))

custom_builtins = {"__builtins__": {"print": print}}
exec("print('custom builtins')", custom_builtins)
attempt("no len in custom builtins", lambda: exec("len", {"__builtins__": {}}))
attempt("no __name__", lambda: exec("__name__", {}))


def in_function():
    local_var = 1
    exec("local_var = 2\nnew_var = 3")
    print("function locals unchanged:", local_var, "new_var" in locals())
    ns = {}
    exec("w = local_var", globals(), ns)
    return ns


attempt("exec sees module globals", in_function)


def make_closure():
    x = 1

    def f():
        return x
    return f


closure_fn = make_closure()
attempt("exec free vars", lambda: exec(closure_fn.__code__))
attempt("eval free vars", lambda: eval(closure_fn.__code__))
attempt("closure on str", lambda: exec("1", closure=(1,)))
attempt("closure wrong type", lambda: exec(closure_fn.__code__, closure=5))
attempt("closure non-cell", lambda: exec(closure_fn.__code__, closure=(1,)))
attempt("closure too short", lambda: exec(closure_fn.__code__, closure=()))
attempt("closure ok", lambda: exec(closure_fn.__code__, {}, closure=closure_fn.__closure__))
attempt("closure for no free vars", lambda: exec(compile("1", "s", "exec"), {}, closure=closure_fn.__closure__))

code = compile("z = 7", "<made>", "exec")
ns = {}
exec(code, ns)
print("code object exec:", ns["z"])
print("code object eval:", eval(compile("6 * 7", "<e>", "eval")))
print("exec returns:", exec("1"))
attempt("exec raises", lambda: exec("raise ValueError('inside')", {}))
attempt("nested exec", lambda: exec("exec('v = 1', d := {}); print('nested', d['v'])", {}))
attempt("exec function body", lambda: exec("def f(n):\n    return n * 2\nprint('f(4) =', f(4))", {}))
attempt("exec class", lambda: exec("class A:\n    x = 1\nprint('A.x =', A.x)", {}))
attempt("exec import", lambda: exec("import sys as s\nprint('sys name', s.__name__)", {}))


class DictSubclass(dict):
    pass


sub = DictSubclass(a=1)
exec("b = a + 1", sub)
print("dict subclass globals:", sub["b"], type(sub).__name__, eval("a * 5", DictSubclass(a=5)))
