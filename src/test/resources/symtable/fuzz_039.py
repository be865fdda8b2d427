from m import __p
type A1[y] = f0(c)
c = f0((b + a))
