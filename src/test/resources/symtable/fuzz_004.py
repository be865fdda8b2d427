c = [(lambda c: x) for __p in f3(T) for T in __p]
def f1():
    for x in f0(b): pass
    y = T
T = __class__
def f2(b, y):
    x = __p
    nonlocal __p
