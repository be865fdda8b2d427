class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    pairs = [(v, w) for v in values for w in values]
    gen = list(v for v in values)
