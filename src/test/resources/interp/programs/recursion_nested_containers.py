# RecursionError from deeply nested containers' repr/str/== (the builtin nesting limit), and from Python __repr__ recursion
import sys
for n in (5000, 9000, 12000, 30000):
    l = []
    for i in range(n): l = [l]
    try: print(n, len(repr(l)))
    except RecursionError as e: print(n, 'RecursionError', e)
    a = []; b = []
    for i in range(n): a = [a]; b = [b]
    try: print(n, a == b)
    except RecursionError as e: print(n, 'RecursionError', e)
    d = None
    for i in range(n): d = {'k': d}
    try: print(n, len(str(d)))
    except RecursionError as e: print(n, 'RecursionError', e)
    t = ()
    for i in range(n): t = (t,)
    if n < 10000: print(n, hash(t) is not None)
class R:
    def __init__(self, inner): self.inner = inner
    def __repr__(self): return 'R(' + repr(self.inner) + ')'
r = None
for i in range(2000): r = R(r)
try: repr(r)
except RecursionError as e: print('RecursionError', e)
