global b
for a in b: pass
c: (T + a) = (b + c)
class C1:
    class C2:
        type A3[c] = y
