def f1():
    b = (lambda x: x)
    class C2:
        c = x
        x += f3(c)
    class C3:
        print((__p + [(a := b) for y in b]))
