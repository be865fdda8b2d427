def f(n):
    total = 0
    for i, (a, b) in enumerate(pairs(n)):
        total += i
    else:
        done = True
    while total > 0:
        total -= 1
    return total
