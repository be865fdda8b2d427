def f(name):
    return t"hello {name!r} {len(name):>{width}}"
