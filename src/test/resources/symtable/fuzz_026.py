def f1(b):
    a: f3(T) = b
    if (lambda T, x: c):
        y: int
    global y
    return (__class__ + (a + x))
print(b)
global __p
print(c)
