def f1[U](a, x):
    return b
    print(__class__)
    for y in __class__: pass
    nonlocal y
def f2[U](b: y):
    def f3():
        b = y
        for T in f0(b): pass
class C4:
    print(f1((lambda b: T)))
    class C5:
        for c in T: pass
        def f6(c, y: y):
            a += f3(__p)
            __p = {c: [(T := T) for b in T] for c in a}
            T = f3({b: c for b in a})
        T: f2(b) = __class__
    for y in T: pass
    def f7(c: __p):
        del T
        print(c)
        if f2(T):
            a: int
