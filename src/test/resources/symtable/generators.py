def gen(n):
    for i in range(n):
        yield i

def deleg(it):
    yield from it
    return 1

def not_gen():
    return (x for x in range(3))
