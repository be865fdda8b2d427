if f3(__p):
    T: int
for a in (x + y): pass
print((x for y in [T for y in y]))
