# NameError(name=), AttributeError(name=, obj=), ImportError(name=, path=, name_from=) and their errors
for f in [lambda: ImportError("m", name="a", path="p"), lambda: ImportError("m", bad=1), lambda: ImportError("m", name_from="x"),
          lambda: NameError("a", "b", name="n"), lambda: NameError(name=1, name2=3), lambda: AttributeError(obj=1, name=2),
          lambda: AttributeError("x", "y", obj=None),
          lambda: ModuleNotFoundError("m", name="q"), lambda: UnboundLocalError("x", name="q")]:
    try:
        e = f(); print(type(e).__name__, e.args, getattr(e, 'name', '-'), getattr(e, 'obj', '-'), getattr(e, 'path', '-'), getattr(e, 'name_from', '-'), str(e))
    except Exception as ex: print("ERR", type(ex).__name__, ex)
e = NameError("x"); print(e.name); e.name = 5; print(e.name)
class MyAE(AttributeError):
    def __init__(self, *a, **k): super().__init__(*a, **k)
print(MyAE("m", name="z").name)
try:
    ValueError("x", name=1)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, a, *, flag=False):
        super().__init__(a)
        self.flag = flag
print(E(1, flag=True).flag, E(2).args)
print(str(ImportError()), str(ImportError("a", "b")), repr(ImportError("m", name="x")))
print(ImportError("m").msg, ImportError("a", "b").msg)
