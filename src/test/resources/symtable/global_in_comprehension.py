def f():
    global counter
    return [counter for _ in range(3)]

def g():
    total = 0
    return [total := total + v for v in range(3)]
