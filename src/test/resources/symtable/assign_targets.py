a, (b, *c), d.e, f[g] = 1, (2, 3, 4), 5, 6
def fn():
    x = y = z = 0
    (p, q), r = (1, 2), 3
    [s, t] = 1, 2
    return x, y, z, p, q, r, s, t
