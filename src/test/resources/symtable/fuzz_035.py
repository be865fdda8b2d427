type A1[b] = (lambda : b)
for c in __p: pass
def f2[T](x: a):
    def f3[T]():
        a += c
    for __p in [(x := x) for c in c]: pass
    c = (y + f2(c))
    print({x for __p in x})
