def outer(a):
    b = 1
    def inner(c):
        return a + b + c + d
    return inner
d = 2
