def f1[U]():
    return (lambda x: y)
    def f2():
        nonlocal y
        a = (lambda T: f1(c))
    print(b)
if c:
    c: int
type A3[x] = [(__p := y) for T in x]
