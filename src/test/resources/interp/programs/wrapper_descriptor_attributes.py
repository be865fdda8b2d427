# recorded with CPython 3.14 (3.13 also copies __annotations__): staticmethod/classmethod copy the function's __module__/__name__/__qualname__/__doc__ into their own __dict__; property.__name__ and a writable property.__doc__
def f():
    "fdoc"
for d in (staticmethod, classmethod):
    s = d(f)
    print(d.__name__, s.__name__, s.__qualname__, s.__doc__, s.__module__, s.__wrapped__ is f, sorted(vars(s)), s.__isabstractmethod__)
    s.extra = 1
    print(s.extra, sorted(s.__dict__))
p = property(f)
print(p.__name__, p.__doc__)
p.__name__ = 'renamed'; print(p.__name__)
class C:
    @property
    def v(self): return 1
    w = property()
print(C.v.__name__)
try: print(C.w.__name__)
except AttributeError as e: print(e)
C.w.__name__ = 'ww'; print(C.w.__name__)
p = property(lambda s: 1, doc='d'); p.__doc__ = 'e'; print(p.__doc__); del p.__doc__; print(p.__doc__)
class D:
    x = property(len)
print(D.x.__name__, property(len).__name__)
try: property().__name__
except AttributeError as e: print(e)
try: C.v.fget = None
except AttributeError as e: print(e)
for d in (staticmethod, classmethod):
    s = d(len)
    try:
        del s.__dict__
    except TypeError as e:
        print(e)
    s.__dict__ = {"k": 1}
    print(s.k, sorted(vars(s)))
    try:
        del s.missing
    except AttributeError as e:
        print(e)
