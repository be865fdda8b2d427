import heapq
import random

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

rng = random.Random(12345)
data = [rng.randrange(100) for _ in range(40)]
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap[0], heap)
print([heapq.heappop(heap) for _ in range(len(heap))] == sorted(data))

h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), h[0])
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000), h[0])
print(heapq.heappushpop([], 5))
attempt("pop empty", heapq.heappop, [])
attempt("replace empty", heapq.heapreplace, [], 1)
attempt("push tuple", heapq.heappush, (), 1)
attempt("pop tuple", heapq.heappop, ())
attempt("heapify dict", heapq.heapify, {})
attempt("push incomparable", heapq.heappush, [1], "a")

# stability-relevant objects: tuples
pairs = [(rng.randrange(5), i) for i in range(30)]
h = []
for p in pairs:
    heapq.heappush(h, p)
print([heapq.heappop(h) for _ in range(10)])

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([1, 2])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["aa", "b"], ["cc", "d"], ["ee"], key=len, reverse=True)))
# equal keys: earlier iterable first
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda t: t[0], reverse=True)))
g = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(g), next(g), list(g))

for n in [-1, 0, 1, 3, 10, 50]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
words = "the quick brown fox jumps over the lazy dog again and again".split()
for n in [1, 2, 4, 20]:
    print(heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
print(heapq.nlargest(3, iter([3, 1, 4, 1, 5, 9, 2, 6])))
print(heapq.nsmallest(2, [[1], [0], [1, 0]]))
print(heapq.nsmallest(3, [], key=abs), heapq.nlargest(3, []))
print(heapq.nlargest(3, [-5, 4, -3, 2, 1], key=abs))
names_313 = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']
print(all(name in heapq.__all__ for name in names_313))

# merge is lazy: it works on infinite inputs
import itertools
evens_odds = heapq.merge(itertools.count(0, 2), itertools.count(1, 2))
print(list(itertools.islice(evens_odds, 10)))
print(list(itertools.islice(heapq.merge(itertools.count(10, -3), itertools.count(9, -2), reverse=True), 8)))
big_runs = [sorted(rng.randrange(1000) for _ in range(200)) for _ in range(7)]
print(list(heapq.merge(*big_runs)) == sorted(itertools.chain(*big_runs)))
print(heapq.nsmallest(5, itertools.chain(*big_runs)) == sorted(itertools.chain(*big_runs))[:5],
      heapq.nlargest(5, itertools.chain(*big_runs), key=lambda v: -v) == sorted(itertools.chain(*big_runs))[:5])
