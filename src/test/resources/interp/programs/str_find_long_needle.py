# Substring search with long needles in long texts: find/rfind/index/count/in/split/rsplit/
# replace/partition must be right, and linear (CPython uses two-way search; a naive search of
# a needle that nearly matches everywhere would take minutes at these sizes).
import random

def nearly_matching(n):
    a, b = 'a' * n, 'b' * n
    return a + a + b + a + a, a + b + b + a

for n in (100, 3000, 200_000):
    hay, needle = nearly_matching(n)
    print(n, hay.find(needle), hay.count(needle), needle in hay)
    if n > 3000:
        # CPython searches backwards naively too (rfind/rsplit/rpartition): not at this size.
        print(len((hay + needle).split(needle)), (hay + needle).replace(needle, 'X')[-3:],
              len((hay + needle).partition(needle)[0]) == len(hay))
        continue
    print(hay.rfind(needle))
    joined = hay + needle
    print(joined.find(needle) == len(hay), joined.rfind(needle) == len(hay), joined.count(needle))
    front = needle + hay
    print(front.find(needle), front.rfind(needle), front.index(needle), front.rindex(needle))
    print(len(joined.split(needle)), len(joined.rsplit(needle, 1)[0]) == len(hay))
    print(joined.replace(needle, 'X')[-3:], len(joined.partition(needle)[0]) == len(hay),
          len(front.rpartition(needle)[2]) == len(hay))
    print(hay.find(needle, 5, 10 * n), joined.find(needle, len(hay) - 1),
          joined.rfind(needle, 0, len(joined) - 1))

# Many overlapping partial matches with a periodic needle.
for n in (50, 2000, 3000):
    needle = 'ab' * n
    hay = ('ab' * (n - 1) + 'b') * 2
    print(n, hay.find(needle), (hay + needle).find(needle) == len(hay), (needle + hay).rfind(needle),
          (needle * 3).count(needle), (needle * 3).rfind(needle) == 2 * len(needle))

# Random texts over a tiny alphabet compared with a search written in Python.
def naive_find(hay, needle, start=0):
    for i in range(start, len(hay) - len(needle) + 1):
        if hay[i:i + len(needle)] == needle:
            return i
    return -1

rng = random.Random(7)
agree = 0
for trial in range(40):
    hay = ''.join(rng.choice('ab') for _ in range(rng.randrange(2048, 2600)))
    start = rng.randrange(0, len(hay) - 100)
    needle = hay[start:start + rng.randrange(64, 100)]
    if rng.random() < 0.3:
        needle = needle[:-1] + ('a' if needle[-1] == 'b' else 'b')
    expect = naive_find(hay, needle)
    agree += hay.find(needle) == expect and (needle in hay) == (expect >= 0)
    agree += hay.find(needle, start + 1) == naive_find(hay, needle, start + 1)
print('random agreements', agree)

# Non-ASCII and astral characters in long needles.
astral = '\U0001F600é' * 1500
needle = astral[10:400] + 'x'
print((astral + needle).find(needle), (needle + astral).rfind(needle), (astral * 2).count(astral[:300]))
