# _functools: reduce (initial= by keyword, 3.14) and cmp_to_key/functools.KeyWrapper. Recorded with CPython 3.14.
import functools, operator
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k), type(k).__module__, k(1).obj, sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
for f in [lambda: k(1) < 5, lambda: functools.cmp_to_key(), lambda: k(), lambda: hash(k(1)), lambda: functools.reduce(operator.add, 5),
          lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, [], x=1)]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
print(k(obj=3).obj, k(1) == k(1), k(1) <= k(2), k(3) > k(2), k(1) != k(2), functools.reduce(operator.mul, range(1, 6)), functools.reduce(operator.add, [], 7))
print(functools.reduce(lambda a, b: a + [b], 'abc', []), functools.reduce.__name__, functools.cmp_to_key.__name__)
x = k(5); x.obj = 9; print(x.obj)
class Cmp:
    def __lt__(self, o): return 'lt!'
print(functools.cmp_to_key(lambda a, b: Cmp())(1) < functools.cmp_to_key(lambda a, b: 0)(2))
