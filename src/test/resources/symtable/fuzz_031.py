with __class__ as (c, T): pass
@c
def f1(b, x):
    class C2[T]:
        class C3:
            if (x + y):
                y: int
        nonlocal __p
        c = x
        del c
del b
