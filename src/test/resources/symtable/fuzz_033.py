type A1[a] = T
type A2[y] = (x + a)
for T in [(y := __p) for b in c]: pass
