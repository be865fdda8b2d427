c = ({__p for c in x} + [(a := T) for c in x])
class C1:
    type A2[y] = (lambda x: b)
    type A3[b] = a
    class C4[T]:
        del x
class C5[T]:
    class C6:
        type A7[y] = [(b := __p) for y in __p]
        del c
        def f8[T: b = c](y: c):
            if [y for T in __p]:
                y: int
            def f9(a: b, x: x):
                with (a + b) as (x, __p): pass
                b += (lambda b: c)
                return f3((T + c))
            print((__class__ for y in (y for __p in x)))
            from m import b
        a: x = a
    type A10[p] = __class__
