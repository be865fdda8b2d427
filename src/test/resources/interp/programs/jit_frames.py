# Tier 2 (docs/jit.md): what can observe a compiled frame while values sit in JVM locals and
# calls go directly to the callee's compiled code: f_locals and locals() mid-expression,
# traceback line numbers, del and UnboundLocalError, exceptions crossing direct calls,
# RecursionError through direct calls. Every function runs warm first.
import sys


def frames_of(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def peek():
    f = sys._getframe(1)
    return sorted((k, v) for k, v in f.f_locals.items() if not k.startswith("_")), f.f_lineno


def observed(a, b):
    x = a * 2 + b
    seen = peek()
    y = x * x + a * (b - x) + peek()[1]
    return x, y, seen


def with_locals(a):
    b = a + 1.5
    c = b * b
    return sorted(locals().items())


def inner(n):
    if n > 3:
        raise ValueError("too big: %d" % n)
    return n * 2


def middle(n):
    return inner(n) + 1


def outer(n):
    return middle(n) * 2


def catching(n):
    try:
        return outer(n)
    except ValueError as e:
        return "caught " + str(e)


def deleting(flag):
    x = 10
    if flag:
        del x
    return x + 1


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def endless(n):
    return endless(n + 1) + 1


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    def checked(self, limit):
        if self.norm2() > limit:
            raise OverflowError("norm above %r" % limit)
        return self.norm2()


class Checked:
    def __init__(self, value):
        if value < 0:
            raise ValueError("negative: %r" % value)
        self.value = value
        if value == 13:
            self.frame_locals = sorted(sys._getframe().f_locals)


class Returns:
    def __init__(self, value):
        return value


def make(cls, value):
    return cls(value)


for i in range(300):
    make(Checked, i); make(Returns, None)
    observed(1, 2); with_locals(1.0); catching(1); catching(5); deleting(False); depth(10)
    Point(1, 2).scaled(3).norm2(); Point(1.0, 0.5).checked(10)

print(observed(3, 4))
print(with_locals(2.5))
print(catching(2), catching(7))
try:
    outer(9)
except ValueError:
    print(frames_of(sys.exc_info()[2]))
print(deleting(False))
try:
    deleting(True)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(depth(400))
try:
    endless(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(100))
sys.setrecursionlimit(120)
try:
    depth(200)
except RecursionError as e:
    print("limited", e)
sys.setrecursionlimit(1000)
print(depth(300))
print(Point(3, 4).scaled(2).norm2(), Point(0.5, 1.5).checked(10))
try:
    Point(30, 40).scaled(2).checked(100)
except OverflowError as e:
    print("OverflowError", e, frames_of(e.__traceback__))
print(make(Checked, 7).value, make(Checked, 13).frame_locals)
for cls, value in [(Checked, -1), (Returns, 5), (Returns, None)]:
    try:
        print(type(make(cls, value)).__name__)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, frames_of(e.__traceback__))
