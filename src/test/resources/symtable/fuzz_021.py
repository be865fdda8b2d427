type A1[c] = {a: y for a in y}
type A2[T] = [__p for __p in a for y in __p]
def f3(y):
    return {y: f1(x) for y in (x + y)}
    x = y
    b: {__p: a for __p in c} = [(a := y) for c in T]
