def f1():
    global T
    y: x = (lambda c, x: c)
    del a
    def f2(x: b):
        c = c
