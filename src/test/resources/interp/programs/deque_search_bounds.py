# recorded with CPython 3.14
# deque.index/remove: a comparison that mutates the deque (RuntimeError for index, IndexError
# for remove), start/stop bounds far outside the deque, and 3.14's messages.
from collections import deque
class MutateCmp:
    def __init__(self, d, result): self.d, self.result = d, result
    def __eq__(self, other):
        self.d.clear(); return self.result
for n in (1, 2, 6, 30):
    d = deque(range(n)); d[n // 2] = MutateCmp(d, False)
    try: print(d.index(n))
    except Exception as e: print(type(e).__name__, e)
for match in (True, False):
    d = deque(['ab']); d.extend([MutateCmp(d, match), 'c'])
    try: print(d.remove('c'))
    except Exception as e: print(type(e).__name__, e, d)
d = deque(range(10))
for args in [(3, -3), (3, -100, 100), (9, 0, -1), (5, 6), (0, -20, 2)]:
    try: print(args, d.index(*args))
    except Exception as e: print(args, type(e).__name__, e)
import sys
a = deque([-2, -1, 0, 0, 1, 2])
big = [(0, -4 * sys.maxsize, 4 * sys.maxsize), (0, 4 * sys.maxsize, -4 * sys.maxsize), (2, 0, -10), (0, sys.maxsize), (1, -3, -1)]
for case, args in enumerate(big):
    try: print(case, a.index(*args))
    except Exception as e: print(case, type(e).__name__, e)
