def f():
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
            x = 5
            return x
        return h
    return g
