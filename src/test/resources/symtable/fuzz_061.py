if [a for c in y]:
    __p: int
def f1[T: T = c]():
    a: (lambda b: a) = a
try: pass
except E as b: __p = 1
T += (c + y)
