T: b = (c + y)
class C1[T]:
    b += f3(b)
if (a + c):
    x: int
type A2[c] = x
