def f():
    x = 1
    class A:
        class B:
            def m(self):
                return x
    def g():
        class D:
            y = x
        return D
    return A, g
