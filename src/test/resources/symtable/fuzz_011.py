class C1:
    class C2:
        class C3[T]:
            y = __p
            c: [(__p := c) for y in __p] = __class__
            x = [(b := b) for a in c]
        def f4():
            c = {__p: __p for __p in x}
            for a in y: pass
        print((lambda x: __class__))
T = __class__
b = [(a := c) for b in __p]
