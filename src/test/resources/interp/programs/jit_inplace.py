# In-place operators of Python classes (a += b calling __iadd__) from warm compiled sites
# (tier 2 calls the method directly), then the same sites given what the direct call must
# not handle: ints, lists, strings, classes without the in-place method, methods returning
# NotImplemented (the binary and reflected methods, then TypeError naming +=), methods
# replaced or deleted on the class, with defaults or *args, raising, looking at the caller's
# frame, changing type mid-loop.
import sys
import traceback


class Counter:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        if isinstance(other, str):
            return NotImplemented
        self.n += other if isinstance(other, int) else other.n
        return self

    def __isub__(self, other):
        return Counter(self.n - other)

    def __imul__(self, other):
        if other == 0:
            return NotImplemented
        self.n *= other
        return self

    def __mul__(self, other):
        return "mul %s" % (other,)

    def __ior__(self, other):
        return NotImplemented

    def __ixor__(self, other):
        raise ValueError("no xor for %r" % (other,))

    def __iand__(self, other):
        return sys._getframe(1).f_lineno

    def __repr__(self):
        return "Counter(%d)" % self.n


class Plain:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Plain(self.n + other)


class Right:
    def __ror__(self, other):
        return "ror %r" % (other,)


def add(a, b):
    a += b
    return a


def sub(a, b):
    a -= b
    return a


def mul(a, b):
    a *= b
    return a


def orr(a, b):
    a |= b
    return a


def xor(a, b):
    a ^= b
    return a


def andd(a, b):
    a &= b
    return a


def loop(items, start):
    total = start
    for item in items:
        total += item
    return total


def warm():
    for i in range(40):
        add(Counter(i), 1)
        sub(Counter(i), 2)
        mul(Counter(i), 3)
        loop([1, 2, 3], Counter(0))


warm()
c = Counter(1)
print("add", add(c, 5), c, add(c, Counter(10)) is c)
print("sub", sub(Counter(10), 4), "mul", mul(Counter(2), 21))
print("loop", loop(range(10), Counter(0)), loop([Counter(2), 3, Counter(4)], Counter(1)))

# the same sites with builtins and other classes
print("ints", add(2, 3), sub(10, 4), mul(6, 7), loop(range(5), 0))
lst = [1]
print("list", add(lst, [2, 3]), lst, mul([0], 3), "str", add("ab", "cd"))
print("plain", add(Plain(1), 2).n, loop([1, 2], Plain(0)).n)
print("mixed loop", loop([1, 2.5, 3], 0), loop([[1], [2]], []))

# NotImplemented: the binary method, then the reflected one, then TypeError
print("imul NotImplemented", mul(Counter(3), 0))
print("ior reflected", orr(Counter(1), Right()))
try:
    orr(Counter(1), 5)
except TypeError as exc:
    print("TypeError", exc)
try:
    add(Counter(1), "x")
except TypeError as exc:
    print("TypeError", exc)

# exceptions and frames through the call
try:
    xor(Counter(1), 2)
except ValueError as exc:
    print("ValueError", exc, [f.name for f in traceback.extract_tb(exc.__traceback__)])
for i in range(30):
    andd(Counter(i), 1)
print("caller line", andd(Counter(0), 1))

# the class's methods replaced, deleted, given defaults or *args
Counter.__iadd__ = lambda self, other: "lambda %r" % (other,)
print("replaced", add(Counter(0), 1))


def iadd_defaults(self, other, extra=100):
    self.n += other + extra
    return self


Counter.__iadd__ = iadd_defaults
print("defaults", add(Counter(0), 1))


def iadd_star(*args):
    return "star %d" % len(args)


Counter.__iadd__ = iadd_star
print("star", add(Counter(0), 1))
del Counter.__iadd__
try:
    add(Counter(0), 1)
except TypeError as exc:
    print("deleted", exc)


class Sub(Counter):
    def __iadd__(self, other):
        return "sub iadd %r" % (other,)


print("subclass", add(Sub(1), 2), loop([1], Sub(0)))


class ListSub(list):
    def __iadd__(self, other):
        return "listsub %r" % (other,)


print("list subclass", add(ListSub([1]), [2]))


def deep(n):
    class Rec:
        def __iadd__(self, other):
            x = Rec()
            x += other
            return x
    r = Rec()
    r += n


try:
    deep(1)
except RecursionError:
    print("RecursionError")
