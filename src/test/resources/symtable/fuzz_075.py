def f1[T: y = b](a, y):
    return [(x := (__p for __p in a)) for a in y]
    from m import b
    def f2(b):
        return f0(y)
    type A3[y] = f2(a)
type A4[c] = {__p for T in x}
