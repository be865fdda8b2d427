class Outer:
    __a = 1
    def f(self):
        __b = 2
        def g():
            return __b
        return g
    class Inner:
        __c = 3
        def h(self):
            global __d
            return __c
