def f1(c, y: y):
    c: c = c
class C2[T]:
    print(f3(__class__))
    x: __class__ = [(a := T) for __p in y]
