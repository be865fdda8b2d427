type A1[c] = {a: y for a in y}
type A2[T] = [__p for __p in a for y in __p]
def f3(y):
    global c
    class C4:
        class C5:
            try: pass
            except E as c: x = 1
            nonlocal b
            class C6:
                c = f1(f2(T))
        type A7[b] = {x: __p for x in b}
        y: y = a
    return b
    yield __class__
