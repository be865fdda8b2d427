# Found by CPython's test_range/test_raise: ranges whose span exceeds sys.maxsize, and re-raising an
# earlier exception while handling a later one (the context cycle is cut, not the chain dropped).
import sys
M = sys.maxsize
r = range(-M, M, 2)
print(len(r), r[0], r[-1], list(r[:3]), next(iter(r)))
it = iter(range(-4294967298, 9223372036854775806, 2)); print(next(it), next(it), it.__length_hint__())
print(it.__reduce__())
print(len(range(M, -M, -3)), list(range(M, -M-1, -M)), list(range(-M-1, M, M)))
print(list(reversed(range(-M, M, M//2))))
try: len(range(-M-1, M))
except OverflowError as e: print(e)
def tb():
    try:
        try:
            xyzzy
        except NameError as a:
            try:
                1/0
            except ZeroDivisionError:
                raise a
    except NameError as e:
        print(type(e.__context__).__name__, e.__context__.__context__)
tb()
