def f():
    def g():
        print(__class__)
    return super
class C:
    def m(self):
        nonlocal __class__
        __class__ = 1
