def f1():
    try: pass
    except E as y: __p = 1
    print([(a := __p) for a in a])
    global c
    class C2[T]:
        T = f2(a)
        x = T
        type A3[p] = (a for x in a)
        b = __class__
