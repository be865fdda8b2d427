type A1[p] = a
