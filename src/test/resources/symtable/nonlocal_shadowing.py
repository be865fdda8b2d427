def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = 0
    return increment, reset
