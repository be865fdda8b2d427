class Foo:
    __secret = 1
    __dunder__ = 2
    _single = 3
    def __init__(self):
        self.__hidden = 4
        __local = 5
        return __local
    def __method(self, __arg):
        return __arg
    class __Inner:
        __x = 1
    def uses(self):
        return __import__, __secret

class _Under:
    __p = 1

class ___:
    __q = 2
