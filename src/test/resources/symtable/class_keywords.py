def f(meta, base):
    class C(base, metaclass=meta, extra=1):
        pass
    return C
