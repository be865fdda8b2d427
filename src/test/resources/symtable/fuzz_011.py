class C1:
    class C2:
        class C3[T]:
            y = __p
            c: [(__p := c) for y in __p] = __class__
            x = [(b := b) for a in c]
        def f4():
            a += f3(x)
            yield c
            x: (lambda x: c) = f1(b)
            a: c = a
        c = f1(f0(__p))
__p: y = f1(c)
T = f3(__class__)
