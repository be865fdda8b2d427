__p: b = f1(T)
def f1[U](a, y: x):
    print(f3(f0(T)))
    T = (lambda : f2(__p))
T = [(y := (lambda : T)) for y in __p]
