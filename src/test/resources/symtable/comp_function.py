def f(items, k):
    a = [x * k for x in items]
    b = {x: y for x in items for y in range(x)}
    c = (x for x in items if x > k)
    return a, b, c
