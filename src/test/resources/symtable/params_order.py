def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    g = 1
    return a, b, c, d, args, e, f, kwargs, g

def only_kw(*, x, y):
    return x + y
