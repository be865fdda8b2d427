a = x
class C1:
    class C2[T]:
        for b in x: pass
        for y in f3(x): pass
        print(__class__)
    if c:
        x: int
    print(((c + T) + [(__p := T) for x in T]))
