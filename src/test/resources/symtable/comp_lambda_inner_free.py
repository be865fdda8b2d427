def f(xs):
    a = 1
    return [[lambda: (a, x, y) for y in xs] for x in xs]
