def f():
    x = 1
    y = [x for x in range(3)]
    return x, y

def g():
    z = [w for w in range(3)]
    w = 5
    return z, w
