type A1[b] = (lambda : c)
