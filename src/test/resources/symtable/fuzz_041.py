y = ([(a := __p) for x in c] + b)
print(a)
from m import __p
@c
def f1(a):
    def f2[T](a: x):
        for __p in f0(a): pass
    a = T
    global b
    type A3[y] = y
