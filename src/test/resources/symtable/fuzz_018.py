try: pass
except E as T: a = 1
print(__class__)
class C1[T]:
    c += (lambda __p: __p)
try: pass
except E as a: a = 1
