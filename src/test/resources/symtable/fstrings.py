def f(name, width):
    value = 3.14
    return f"{name!r:>{width}} {value:.{width}f} {[c for c in name]}"
