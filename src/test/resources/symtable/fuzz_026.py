def f1(b):
    class C2:
        a: f3(T) = b
        if (lambda T, x: c):
            y: int
        global y
        type A3[x] = (c + a)
    x += (c for c in c)
print((f3(T) + a))
class C4[T]:
    b = x
type A5[c] = f1(x)
