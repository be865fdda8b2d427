# itertools: every function, laziness, argument errors, reprs (Ember's Java itertools)
import itertools as it
from itertools import (count, cycle, repeat, accumulate, batched, chain, compress, dropwhile,
                       filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest,
                       product, permutations, combinations, combinations_with_replacement)
mul = lambda a, b: a * b

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 4)))
c = count(5); next(c); print(repr(c), repr(count(1, 2)), repr(count(2.5)), repr(count(1, 1.0)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
r = repeat('x', 3); print(repr(r), list(r), repr(r), list(repeat(1, -5)), repr(repeat(None)))
print(repeat(7, 4).__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate('abc')), list(accumulate([1, 2], func=None, initial=None)))
print(list(batched('ABCDEFG', 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])  # earlier groupers are invalidated
g = groupby('aaab'); k, grp = next(g); print(k, next(grp)); k2, grp2 = next(g); print(k2, list(grp), list(grp2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', None)), list(islice('ABC', None, None, None)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
src = iter(range(10)); s = islice(src, 2, 4); print(list(s), next(src))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t3 = tee('abc', 3); print(len(t3), [list(x) for x in t3])
x, y = tee(range(3)); z, = tee(x, 1); print(list(z), list(y), tee([1], 0))
x, _ = tee([5, 6]); xc = x.__copy__(); print(list(x), list(xc))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])), list(zip_longest()))
print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:5], list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('AB', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(product('abc', repeat=4))))

# laziness: inputs are read only when asked
log = []
def noisy(n):
    for i in range(n):
        log.append(i)
        yield i
m = map(lambda v: v * 2, islice(noisy(100), 3, 6)); print(log); print(list(m), log)
log.clear(); ch = chain(noisy(2), noisy(2)); print(next(ch), log)
log.clear(); tw = takewhile(lambda v: v < 2, noisy(10)); print(list(tw), log)

# subclassing
class MyChain(chain):
    def extra(self):
        return 'extra'
mc = MyChain('ab', 'c'); print(type(mc).__name__, list(mc), mc.extra(), isinstance(mc, chain))
class Counter(count):
    pass
print(next(Counter(3)), list(islice(Counter(1, 5), 3)))

attempt('islice1', lambda: islice([1]))
attempt('islice5', lambda: islice([1], 1, 2, 3, 4))
attempt('islice-neg', lambda: islice([1], -1))
attempt('islice-str', lambda: islice([1], 'a'))
attempt('islice-start', lambda: islice([1], -1, 2))
attempt('islice-step', lambda: islice([1], 1, 2, 0))
attempt('islice-kw', lambda: islice([1], stop=2))
attempt('count-str', lambda: count('a'))
attempt('count-step', lambda: count(1, 'a'))
attempt('repeat-hint', lambda: repeat(1).__length_hint__())
attempt('chain-kw', lambda: chain(a=1))
attempt('batched0', lambda: batched([1], 0))
attempt('batched-strict', lambda: list(batched([1, 2, 3], 2, strict=True)))
attempt('perm-neg', lambda: permutations([1], -1))
attempt('perm-str', lambda: permutations([1], 'a'))
attempt('comb-missing', lambda: combinations([1]))
attempt('comb-neg', lambda: combinations([1], -1))
attempt('product-neg', lambda: product([1], repeat=-1))
attempt('tee-neg', lambda: tee([1], -1))
attempt('accumulate-none', lambda: accumulate())
attempt('cycle-none', lambda: cycle())
attempt('pairwise-int', lambda: pairwise(1))
attempt('starmap-1', lambda: starmap(len))
attempt('compress-1', lambda: compress([1]))
attempt('batched-3', lambda: batched([1], 2, 3))
attempt('dropwhile-1', lambda: dropwhile(len))
attempt('starmap-bad', lambda: list(starmap(len, [1])))
attempt('accumulate-type', lambda: list(accumulate([1, 'a'])))
print(count.__name__, type(tee([])[0]).__name__, chain.__module__)
