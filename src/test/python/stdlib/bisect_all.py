import bisect

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect_right(a, 5, lo=6), bisect.bisect_left(a, 100, 0, None))
attempt("negative lo", bisect.bisect_left, a, 1, -1)
attempt("negative lo right", bisect.bisect_right, a, 1, lo=-5)
attempt("insort negative lo", bisect.insort, [], 1, -1)
attempt("incomparable", bisect.bisect, [1, 2], "x")
attempt("bisect on int", bisect.bisect, 5, 1)

records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("e", 3), key=lambda r: r[1])
bisect.insort_left(records, ("f", 3), key=lambda r: r[1])
bisect.insort_right(records, ("g", 0), key=lambda r: r[1])
bisect.insort_left(records, ("h", 9), key=lambda r: r[1])
print(records)

lst = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(lst, x)
print(lst)
lst2 = []
for x in [3.0, 3, 1, 3.0]:
    bisect.insort_left(lst2, x)
print(lst2)
lst3 = []
for x in [3.0, 3, 1, 3.0]:
    bisect.insort_right(lst3, x)
print(lst3)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect(range(0, 100, 10), 35), bisect.bisect_left("abcdef", "d"))

for args in [(0, -1), (0, -2), ("x",), (0, "y"), (1.0,), (True,), (0, 100), (10,), (0, None)]:
    attempt(f"bounds {args!r}", bisect.bisect, [1, 2, 3, 4], 3, *args)
attempt("insort hi=-1", bisect.insort, [1, 2], 0, 0, -1)
