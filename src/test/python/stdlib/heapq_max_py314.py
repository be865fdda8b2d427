# Python 3.14 additions to heapq: the max-heap functions. Recorded with CPython 3.14.
import heapq
import random

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

rng = random.Random(7)
data = [rng.randrange(50) for _ in range(25)]
heap = []
for x in data:
    heapq.heappush_max(heap, x)
print(heap)
print([heapq.heappop_max(heap) for _ in range(len(heap))] == sorted(data, reverse=True))
h = list(data)
heapq.heapify_max(h)
print(h)
print(heapq.heapreplace_max(h, 10), h[0], h)
print(heapq.heappushpop_max(h, 100), heapq.heappushpop_max(h, -1), h[0])
print(heapq.heappushpop_max([], 3))
attempt("pop empty", heapq.heappop_max, [])
attempt("replace empty", heapq.heapreplace_max, [], 1)
attempt("push tuple", heapq.heappush_max, (), 1)
attempt("pop tuple", heapq.heappop_max, ())
attempt("heapify tuple", heapq.heapify_max, ())
attempt("replace tuple", heapq.heapreplace_max, (), 1)
attempt("pushpop tuple", heapq.heappushpop_max, (), 1)
pairs = [(rng.randrange(4), i) for i in range(12)]
ph = []
for pair in pairs:
    heapq.heappush_max(ph, pair)
print([heapq.heappop_max(ph) for _ in range(6)])
print(heapq.__all__)
