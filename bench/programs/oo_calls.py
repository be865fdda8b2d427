"""Object-oriented calls: a class hierarchy driven through methods, super() and properties.

Shapes derive from a common base; a square extends a rectangle through super().__init__; a
cooperative mixin wraps area() with super() along the method resolution order; sizes are
properties whose setters validate; class methods build instances and a static method does
integer arithmetic. Exercises method lookup through several bases, bound-method calls, super()
with zero arguments, property get/set, classmethod/staticmethod and isinstance. The checksum is
integer bookkeeping from all those calls.
"""
import sys
import time

SHAPES = 500
ROUNDS = 500


class Shape:
    created = 0

    def __init__(self, name):
        self.name = name
        self.moves = 0
        Shape.created += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def move(self):
        self.moves += 1
        return self.moves

    def score(self):
        return self.area() * 3 + self.perimeter()

    def describe(self):
        return f"{self.name}({self.area()})"


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self._width = width
        self._height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._width = value

    @property
    def height(self):
        return self._height

    @height.setter
    def height(self, value):
        if value <= 0:
            raise ValueError("height must be positive")
        self._height = value

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    @classmethod
    def from_seed(cls, seed):
        return cls(seed % 17 + 1, seed % 11 + 2)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, value):
        self.width = value
        self.height = value

    @classmethod
    def from_seed(cls, seed):
        return cls(seed % 13 + 1)


class RightTriangle(Shape):
    def __init__(self, leg_a, leg_b):
        super().__init__("triangle")
        self.leg_a = leg_a
        self.leg_b = leg_b

    @staticmethod
    def isqrt(n):
        """Integer square root by Newton's method (the floor of the true root)."""
        if n < 2:
            return n
        x = n
        y = (x + 1) // 2
        while y < x:
            x = y
            y = (x + n // x) // 2
        return x

    def area(self):
        return self.leg_a * self.leg_b // 2

    def perimeter(self):
        return self.leg_a + self.leg_b + self.isqrt(self.leg_a * self.leg_a + self.leg_b * self.leg_b)

    @classmethod
    def from_seed(cls, seed):
        return cls(seed % 9 + 3, seed % 7 + 4)


class Framed:
    """A mixin: adds a frame one unit wide around whatever shape it is combined with."""

    def area(self):
        return super().area() + self.perimeter() + 4

    def describe(self):
        return "framed " + super().describe()


class FramedSquare(Framed, Square):
    pass


class FramedTriangle(Framed, RightTriangle):
    pass


KINDS = (Rectangle, Square, RightTriangle, FramedSquare, FramedTriangle)


def make_shapes(count):
    return [KINDS[i % len(KINDS)].from_seed(i * 7 + 3) for i in range(count)]


def one_round(shapes, round_number):
    total = 0
    for index, shape in enumerate(shapes):
        total += shape.score()
        if isinstance(shape, Square):
            shape.side = (shape.side + round_number) % 9 + 1
        elif isinstance(shape, Rectangle):
            shape.width = (shape.width + index) % 15 + 1
            shape.height = (shape.height * 3 + round_number) % 10 + 1
        else:
            shape.leg_a = (shape.leg_a + 1) % 12 + 1
        if shape.move() % 40 == 0:
            total += len(shape.describe())
    return total


def bench():
    Shape.created = 0
    shapes = make_shapes(SHAPES)
    checksum = 0
    for round_number in range(ROUNDS):
        checksum = (checksum * 31 + one_round(shapes, round_number)) % 1000000007
    return (checksum, Shape.created)


# ---- harness: identical in every bench program (BenchProgramsTest checks it); edit all or none ----
# Usage: PROGRAM [N]. Runs bench() N times (default 1); for each run prints one line
#     iteration <i> <seconds> <repr of the checksum bench() returned>
# with i counting from 1 and seconds measured with time.perf_counter. bench/run parses these lines.
def _run_harness(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 1
    for i in range(1, iterations + 1):
        started = time.perf_counter()
        checksum = bench()
        elapsed = time.perf_counter() - started
        print("iteration", i, elapsed, repr(checksum), flush=True)


if __name__ == "__main__":
    _run_harness(sys.argv)
