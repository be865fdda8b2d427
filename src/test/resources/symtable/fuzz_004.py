c = [(lambda c: x) for __p in f3(T) for T in __p]
def f1():
    print(y)
T = (f0(b) + __p)
y: b = (a + T)
