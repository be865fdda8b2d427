def f1():
    print(b)
    global x
    class C2:
        __p = T
        x = f2(b)
        if {b: __p for b in b}:
            b: int
