def outer():
    T = int
    def inner(a: T) -> T:
        b: T = a
        return b
    class K:
        c: T
    return inner, K
