def f1(c, y: y):
    print(__p)
    if [(c := c) for a in T]:
        c: int
class C2[T]:
    print(f3(__class__))
    x: __class__ = [(a := T) for __p in y]
