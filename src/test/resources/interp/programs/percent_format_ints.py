# %d/%i/%u of ints that fit a machine word (Ember's fast path) and of those that do not,
# with every flag, width and precision, next to the same through the general path.
values = [0, 1, -1, 7, -7, 12345, -12345, 2**31, -2**31, 2**63 - 1, -2**63, -2**63 + 1, 2**63, -2**64, 10**30, True, False]
formats = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.4d", "%-8.4d|", "%+08d", "% 06d", "%#d", "%*d", "%.*d"]
for fmt in formats:
    row = []
    for v in values:
        if "*" in fmt:
            row.append(fmt % (6, v))
        else:
            row.append(fmt % v)
    print(fmt, row)
print("%(n)d and %(m)05d" % {"n": -3, "m": 42})
print("%d %d" % (3.99, -3.99), "%i" % 2.5e20)
class Sub(int):
    pass
print("%d" % Sub(-77), "%5d|" % Sub(9))
for bad in ("x", None, 1j):
    try:
        "%d" % bad
    except TypeError as e:
        print(type(e).__name__, e)
