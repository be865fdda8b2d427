# bytes and bytearray search with long needles in long data: find/rfind/index/count/in/split/
# replace/partition must be right and linear (a naive search of a needle that nearly matches
# everywhere would take minutes at these sizes).
for kind in (bytes, bytearray):
    for n in (100, 3000, 200_000):
        a, b = b'a' * n, b'b' * n
        hay, needle = kind(a + a + b + a + a), kind(a + b + b + a)
        joined = hay + needle
        print(kind.__name__, n, hay.find(needle), hay.count(needle), needle in hay,
              joined.find(needle) == len(hay), joined.count(needle), joined.index(needle) == len(hay))
        print(len(joined.split(needle)), joined.replace(needle, b'X')[-3:],
              len(joined.partition(needle)[0]) == len(hay))
        if n <= 3000:
            # CPython searches backwards naively too: rfind/rpartition only at small sizes.
            print(hay.rfind(needle), (needle + hay).rfind(needle), len((needle + hay).rpartition(needle)[2]) == len(hay))
    periodic = kind(b'ab' * 500)
    print(kind.__name__, (kind(b'ab' * 499 + b'b') * 2).find(periodic), (periodic * 3).count(periodic),
          (periodic * 3).rfind(periodic) == 2 * len(periodic), (b'x' * 3000 + periodic).find(periodic))
