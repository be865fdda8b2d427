type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
class C:
    type Inner = int
    type Gen[T: int] = list[T]
def f():
    type Local = Point
    return Local
