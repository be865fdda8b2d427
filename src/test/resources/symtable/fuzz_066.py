type A1[x] = (lambda : b)
c = f3(__class__)
