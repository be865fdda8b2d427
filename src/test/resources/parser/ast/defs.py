def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3, d): pass
def f(a, b, /): pass
def f(*, a): pass
def f(**kw): pass
def f(a: int, b: "str" = "x", *args: int, **kw: dict) -> None: pass
def f(*args: *Ts): pass
async def f():
    await x
    async for a in b:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]
@decorator
def f(): pass
@a.b(c)
@d[e]
@(lambda f: f)
@x := y
class C: pass
class C(): pass
class C(A, B, metaclass=M, **kw): pass
class C[T](Base): pass
def f[T, *Ts, **P](x: T) -> T: pass
def f[T: int, U: (str, bytes) = str, *Ts = *tuple[int], **P = [int]](): pass
class D[T = int]: pass
type X = int
type Y[T] = list[T]
type Z[T: int = bool, *A, **B] = dict
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda x, /, y: 0
lambda *, k: 0
lambda *a: a
lambda **k: k
lambda a=1, /, b=2: 0
def f(a,
      b,
      ):
    """docstring"""
    x = 1
    def g():
        return x
    return g
