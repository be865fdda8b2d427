class Outer:
    def m[__T](self, x: __T) -> __T:
        return x
    class Inner[__K, _V]:
        y: __K
    type A[__Z] = list[__Z]
