def f1(y):
    def f2(a, c):
        def f3(a, b):
            del y
            for c in {__p for b in a}: pass
            if f2(T):
                a: int
        def f4(a, x: b):
            return f2(__class__)
            x = b
            if super():
                __p: int
            b = f3(a)
        type A5[b] = f3(y)
        def f6():
            if (a + b):
                x: int
    def f7(a):
        def f8():
            print(f1(f3(T)))
            class C9:
                x = __p
            def f10(b: x, x: a):
                T = x
                b = super()
                return ((lambda : T) + f0(__p))
        y = f1((__p + b))
        c = f0(f3(T))
    for y in T: pass
    return T
def f11():
    __p = c
class C12:
    if {y for T in a}:
        T: int
    class C13:
        if (T + x):
            T: int
        del T
        global b
        type A14[c] = T
    for c in T: pass
    global b
