class C:
    k = 1
    x: [k for _ in range(3)]
    def m[T: [k for _ in range(2)]](self): pass
