def outer(a):
    b = a
    class K:
        c = b
        def m(self, d):
            e = [b + d + x for x in range(c if False else 1)]
            return lambda: (e, d, a)
    return K
