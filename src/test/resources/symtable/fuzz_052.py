def f1(c, x):
    x = b
    c = [(y := __class__) for a in c]
    nonlocal a
    print(a)
b: (lambda __p, y: b) = {__p: a for __p in __p}
for __p in [a for a in c for b in a]: pass
