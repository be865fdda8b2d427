def f():
    a = 1
    class C:
        def m(self):
            return a
        class D:
            def n(self):
                return a
    return C
