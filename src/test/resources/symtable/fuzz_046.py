a = x
class C1:
    class C2[T]:
        for b in x: pass
        try: pass
        except E as y: y = 1
        print({b: __class__ for b in a})
    for x in (x + x): pass
    T = [(__p := T) for x in T]
