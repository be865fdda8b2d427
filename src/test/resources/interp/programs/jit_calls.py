# Tier 2 (docs/jit.md): calls between compiled and interpreted code of every shape.

def add(a, b):
    return a + b

def defaults(a, b=10, *args, c=5, **kw):
    return (a, b, args, c, sorted(kw.items()))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
    @property
    def double(self):
        return self.value * 2
    @staticmethod
    def static(x):
        return -x
    @classmethod
    def build(cls, n):
        head = None
        for i in range(n):
            head = cls(i, head)
        return head

class Sub(Node):
    def total(self):
        return 100 + super().total()

def call_shapes():
    out = [add(1, 2), add("a", "b"), defaults(1), defaults(1, 2, 3, 4, c=6, z=1, y=2)]
    out.append(defaults(*[7, 8], **{"c": 9}))
    inc = make_counter()
    for _ in range(5):
        inc()
    out.append(inc(10))
    out.append(sorted([3, 1, 2], key=lambda v: -v))
    out.append(list(map(add, [1, 2], [3, 4])))
    out.append(Point(3, 4).norm2())
    head = Node.build(10)
    out.append((head.total(), head.double, Node.static(4), Sub(1, Node(2)).total()))
    out.append(fib(15))
    out.append(len("abc") + abs(-3) + max(1, 7) + isinstance(head, Node))
    out.append(str(5) + repr("q") + "".join(["x", "y"]))
    return out

def generator_user(n):
    def gen():
        for i in range(n):
            yield i * i
    return sum(gen()), [x for x in gen() if x % 2]

for i in range(3):
    print(call_shapes())
print(generator_user(10))
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
