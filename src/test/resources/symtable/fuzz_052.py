def f1(c, x):
    c = [(y := __class__) for a in c]
    nonlocal a
print(a)
b: (lambda __p, y: b) = {__p: a for __p in __p}
