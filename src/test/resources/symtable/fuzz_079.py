class C1:
    T = x
    print({[(T := y) for x in c] for a in [c for b in T]})
    T = __class__
    type A2[x] = (a + y)
