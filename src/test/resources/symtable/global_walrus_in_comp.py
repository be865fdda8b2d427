def f():
    global g
    [g := i for i in range(3)]
    return g
