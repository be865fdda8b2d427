def f(items):
    if any((found := x) > 10 for x in items):
        return found
    total = [last := y for y in items]
    return last, total
