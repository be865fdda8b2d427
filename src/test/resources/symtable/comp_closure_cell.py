def f():
    return [lambda: x for x in range(3)]

def g(n):
    funcs = [lambda: i + n for i in range(n)]
    return funcs
