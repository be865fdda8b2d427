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
