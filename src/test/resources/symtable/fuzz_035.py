type A1[b] = (lambda : b)
with c as (__p, a): pass
T: f3(b) = a
