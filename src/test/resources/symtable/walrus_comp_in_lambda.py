f = lambda xs: [(last := x) for x in xs]
def g():
    h = lambda: [(m := 1) for _ in range(2)]
    return h
