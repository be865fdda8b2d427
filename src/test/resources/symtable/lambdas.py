add = lambda a, b=2, *args, c, d=4, **kw: a + b + c + d
def f(x):
    return lambda y: lambda z: x + y + z
key = sorted([3, 1, 2], key=lambda v: -v)
