class C:
    x = 1
    def m[T](self, a: T) -> T:
        return a
    def n[U: x](self) -> U:
        pass
