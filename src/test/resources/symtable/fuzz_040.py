type A1[b] = [__p for T in b for y in T]
c += a
