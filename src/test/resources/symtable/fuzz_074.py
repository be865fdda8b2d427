a: c = f3(a)
global b
type A1[a] = (T + __p)
if y:
    b: int
