def outer():
    T = int
    def inner[T](x: T) -> T:
        return x
    class K[S]:
        def m(self) -> S:
            return T
    return inner, K
