# range with bounds, steps and lengths beyond 64 bits; slicing and reversing at the edges
import pickle
import sys

big = 1 << 100
cases = [range(big), range(-big, big, 3), range(big, -big, -7), range(5, big, big // 3),
         range(-sys.maxsize - 1, sys.maxsize), range(sys.maxsize - 5, sys.maxsize + 5),
         range(-2**63, 2**63 - 1, 2**62), range(0), range(10, 10**20, 10**19), range(7, 3)]
for r in cases:
    print(r, r.start, r.stop, r.step, bool(r))
    try:
        print(" len", len(r))
    except OverflowError as e:
        print(" len OverflowError:", e)
    print(" items", r[0] if r else None, r[-1] if r else None, list(r[:3]), list(r[-2:]))
    print(" slices", r[::2], r[1::-1], r[::-big], r[big:], r[-big:2])
    print(" reversed", type(reversed(r)).__name__, [x for _, x in zip(range(3), reversed(r))])
    print(" iter", type(iter(r)).__name__, [x for _, x in zip(range(3), r)])
    if r:
        last = r[-1]
        print(" contains", last in r, (last + 1) in r, r[0] - 1 in r, 2.0 in r if r.start == 0 else None)
        print(" index", r.index(last), r.count(last), r.count(last + 1))
    print(" eq", r == range(r.start, r.stop, r.step), hash(r) == hash(range(r.start, r.stop, r.step)))
    print(" pickle", pickle.loads(pickle.dumps(r)) == r)
print(range(0) == range(5, 5), hash(range(0)) == hash(range(5, 5)), hash(range(3, 4)) == hash(range(3, 9, 10)))
for bad in (lambda: range(big)[big], lambda: range(big).index(-1), lambda: range(1, 2, 0), lambda: range(big)[1.5],
            lambda: range(3)[::0], lambda: range(3)["a":]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
longrange_iterator = type(iter(range(1 << 1000)))
print(longrange_iterator.__name__, next(iter(range(big, big + 2))))
it = iter(range(big, big + 3))
print(list(it), list(it))
print(list(range(10**10)[::3 * 10**9]), len(range(10**10)[::2]))
