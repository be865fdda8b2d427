# Bound methods pickle and copy as getattr(__self__, name) (CPython's method.__reduce__).
import copy
import pickle


class Point:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2

    @classmethod
    def make(cls, x):
        return cls(x)

    def __eq__(self, other):
        return isinstance(other, Point) and other.x == self.x


p = Point(21)
print(p.double.__reduce__()[0] is getattr, p.double.__reduce__()[1][1], Point.make.__reduce__()[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bound = pickle.loads(pickle.dumps(p.double, protocol=proto))
    maker = pickle.loads(pickle.dumps(Point.make, protocol=proto))
    print(proto, bound(), bound.__self__ == p, maker(5).x, maker.__self__ is Point)
shallow = copy.copy(p.double)
deep = copy.deepcopy(p.double)
print(shallow.__self__ is p, deep.__self__ is p, deep.__self__ == p, deep())
pair = pickle.loads(pickle.dumps([p, p.double]))
print(pair[1].__self__ is pair[0])
renamed = p.double
renamed.__func__.__name__ = "missing"
try:
    pickle.loads(pickle.dumps(renamed))
except Exception as e:
    print(type(e).__name__)
