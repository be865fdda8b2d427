class C:
    x = 1
    g = (x for _ in range(3))
    l = [x for _ in range(3)]
    s = {y for y in range(x)}
