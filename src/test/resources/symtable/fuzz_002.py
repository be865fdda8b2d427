__p: b = f1(T)
def f1[U](a, y: x):
    del x
    def f2(y):
        T = T
b: f2(__p) = (x + a)
