class C1:
    nonlocal y
    for x in a: pass
    b = [(x := [(__p := b) for b in x]) for x in c]
    del a
class C2[T]:
    b = (x + a)
    if (T + b):
        a: int
    print(y)
del __p
def f3():
    print(y)
    def f4():
        y = __p
        b: f0(__p) = f0(__p)
        type A5[a] = f3(x)
    for b in f0(T): pass
