class C1:
    nonlocal y
    match x:
        case [a, *x] | {'k': a}: pass
    b = [(x := [(__p := b) for b in x]) for x in c]
    del a
class C2[T]:
    b = (x + a)
    if (T + b):
        a: int
    print(y)
del __p
def f3():
    def f4(a: a):
        global a
        __p = f0((T + T))
