for T in f2(T): pass
x: __p = (lambda : a)
for __p in a: pass
