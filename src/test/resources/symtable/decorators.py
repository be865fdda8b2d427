def deco(fn):
    return fn

@deco
def f(x=default_value):
    return x

@deco
class C:
    @property
    def p(self):
        return 1
