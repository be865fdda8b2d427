for y in a: pass
del a
print((lambda T, c: f2(T)))
