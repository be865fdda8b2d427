# The training run for the JVM's AOT cache (bin/ember makes target/ember.aot with it once per
# build): a little of everything, so that the classes Ember loads on a typical start-up are
# pre-parsed and pre-linked, and the hot paths of the interpreter come with profiles.
import sys


class Shape:
    count = 0

    def __init__(self, name, size):
        self.name = name
        self.size = size
        Shape.count += 1

    @property
    def area(self):
        return self.size * self.size

    def describe(self):
        return f"{self.name}:{self.size:>4} {self.area:.2f}"

    def __repr__(self):
        return "Shape(%r, %d)" % (self.name, self.size)


class Circle(Shape):
    def describe(self):
        return "circle " + super().describe()


def numbers(n):
    for i in range(n):
        yield i * i


def work(rounds):
    total = 0
    shapes = [Shape("s%d" % i, i) if i % 2 else Circle("c", i) for i in range(50)]
    for _ in range(rounds):
        for s in shapes:
            total += len(s.describe()) + s.area
        total += sum(numbers(100)) + sum(x for x in range(100) if x % 3)
        d = {}
        for word in "the quick brown fox jumps over the lazy dog".split():
            d[word] = d.get(word, 0) + 1
        total += sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[0][1]
        try:
            raise ValueError("x")
        except ValueError as e:
            total += len(str(e))
        total += int(3.5 * 2) + round(2.675, 2).__int__() + (7 // 2) + (2 ** 70) % 97
    return total, repr(shapes[1]), "{:,}".format(total), sys.version_info[0]


print(work(200))
