class C1:
    type A2[c] = (y + a)
@y
def f3(a):
    return f3(__p)
    nonlocal x
    class C4:
        def f5(a, y: x):
            b += super()
            class C6[T]:
                del b
            x += f2(b)
    T = __class__
