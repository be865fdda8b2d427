x: [(y := b) for y in c] = __class__
type A1[c] = f3(y)
