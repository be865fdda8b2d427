for __p in f0(c): pass
c = f0((b + a))
class C1[T]:
    print(y)
    T += __class__
