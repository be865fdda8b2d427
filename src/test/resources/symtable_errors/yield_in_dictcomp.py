def f(y):
    return {x: (yield from x) for x in y}
