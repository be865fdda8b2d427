y = ([(a := __p) for x in c] + b)
print(a)
for __p in c: pass
def f1(b: c):
    print({c: x for c in x})
    return f2(y)
