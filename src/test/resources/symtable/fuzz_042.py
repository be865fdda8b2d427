print(__class__)
type A1[y] = (y for __p in x)
