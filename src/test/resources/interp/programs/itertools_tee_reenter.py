import threading
from itertools import tee
start = threading.Event(); finish = threading.Event()
class I:
    def __iter__(self): return self
    def __next__(self):
        start.set(); finish.wait()
a, b = tee(I())
t = threading.Thread(target=next, args=[a]); t.start()
start.wait()
try:
    next(b)
except RuntimeError as e:
    print('RuntimeError', e)
finish.set(); t.join()
# same-thread reentrance
class R:
    def __iter__(self): return self
    def __next__(self): return next(c)
c, d = tee(R())
try: next(c)
except RuntimeError as e: print('reenter', e)
x, y = tee(iter(range(5)))
print(list(x), list(y))
# _tee(a tee) copies it (shares its buffer) instead of consuming it
t1, t2 = tee('abc')
t3 = type(t1)(t1)
print(list(t1), list(t2), list(t3))
for bad in ((), (10,)):
    try: type(t1)(*bad)
    except TypeError as e: print('TypeError', e)
