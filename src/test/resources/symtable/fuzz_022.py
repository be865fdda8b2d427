type A1[b] = (__p + c)
