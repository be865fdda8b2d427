del b
type A1[b] = (lambda : y)
if {c for y in y}:
    x: int
type A2[T] = a
