# Operator methods of Python classes called from hot code: the compiled BINARY_OP calls the
# left operand's __op__ directly; every case below must behave as the generic protocol.
import sys


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return V(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def warm():
    total = V(0, 0)
    for i in range(300):
        total = add(total, V(i, 1))
        total = sub(total, V(1, 0))
        total = mul(total, 1)
        mul(total, total)
        div(total, 1)
    return total


print("warm", warm())

# the same sites with other operand types
print("ints", add(2, 3), sub(2, 3), mul(4, 5), div(1, 4))
print("floats", add(2.5, 3), mul(1.5, 2.0))
print("strings", add("ab", "cd"), mul("ab", 3), mul(3, "ab"))
print("lists", add([1], [2]), mul([0], 2))
print("reflected", mul(3, V(1, 2)), mul(2.5, V(1, 2)))
print("dot", mul(V(1, 2), V(3, 4)))

# NotImplemented: the right operand's reflected method, then TypeError
class W:
    def __radd__(self, other):
        return "W.__radd__(%r)" % (other,)

print("radd", add(V(1, 1), W()))
try:
    add(V(1, 1), 5)
except TypeError as e:
    print("TypeError", e)
try:
    add(V(1, 1), V(1, 1) if False else object())
except TypeError as e:
    print("TypeError", e)

# a subclass on the right overriding the reflected method goes first
class SubV(V):
    def __rsub__(self, other):
        return "SubV.__rsub__"

print("subclass first", sub(V(5, 5), SubV(1, 1)))
print("subclass left", sub(SubV(5, 5), V(1, 1)))

# a subclass that does not override: the left's method
class PlainSub(V):
    pass

print("plain subclass", sub(V(5, 5), PlainSub(1, 1)))

# replaced on the class, deleted, defined with other signatures
V.__sub__ = lambda self, other: "lambda sub"
print("replaced", sub(V(1, 1), V(2, 2)))
def sub_defaults(self, other, extra=10):
    return ("defaults", extra)
V.__sub__ = sub_defaults
print("defaults", sub(V(1, 1), V(2, 2)))
def sub_varargs(*args):
    return ("varargs", len(args))
V.__sub__ = sub_varargs
print("varargs", sub(V(1, 1), V(2, 2)))
del V.__sub__
try:
    sub(V(1, 1), V(2, 2))
except TypeError as e:
    print("TypeError", e)

# a generator function as an operator method
class G:
    def __add__(self, other):
        yield other

print("generator", list(add(G(), 7)))

# a builtin as the method, a callable object
class B:
    __add__ = print.__class__.__call__ if False else None
    def __mul__(self, other):
        return "B.__mul__"

try:
    add(B(), 1)
except TypeError as e:
    print("TypeError", e)
print("B mul", mul(B(), 2))

# exceptions and tracebacks through the direct call
class E:
    def __truediv__(self, other):
        return 1 / other

try:
    div(E(), 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback", names)

# the caller's frame from inside the operator method
class F:
    def __add__(self, other):
        frame = sys._getframe(1)
        return (frame.f_code.co_name, frame.f_back.f_code.co_name)

def outer():
    return add(F(), 1)

print("frames", outer())

# recursion through operator methods
class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return other
        return R(self.n - 1) + (other + 1)

def deep(n):
    return R(n) + 0

print("recursion", deep(100))
sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)

# the operand changes type after warm-up inside one loop
def mixed(items):
    out = []
    for a, b in items:
        try:
            out.append(a + b)
        except TypeError as e:
            out.append(str(e))
    return out

pairs = [(V(1, 2), V(3, 4))] * 50 + [(1, 2), ("a", "b"), (V(1, 1), 3), (3, V(1, 1)), (V(0, 0), W())]
print("mixed", mixed(pairs)[-6:])

# __class__ assigned to another class with other operators
class V2:
    def __add__(self, other):
        return "V2.__add__"

v = V(1, 1)
print("before", add(v, V(1, 1)))
v.__class__ = V2
print("after __class__", add(v, V(1, 1)))

# __add__ returning NotImplemented for the same type: TypeError
class N:
    def __add__(self, other):
        return NotImplemented

try:
    add(N(), N())
except TypeError as e:
    print("TypeError", e)

# a sequence-like class whose __add__ gives up and a list on the right
class L:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "L.__radd__"

print("both NotImplemented then radd", add(L(), L()) if False else add([1], L()))
try:
    add(L(), [1])
except TypeError as e:
    print("TypeError", e)

# an uncaught exception raised inside an operator method called from compiled code
class Boom:
    def __mul__(self, other):
        if other == 99:
            raise ValueError("boom at %r" % (other,))
        return other


def times(items):
    total = 0
    for item in items:
        total += mul(Boom(), item)
    return total


print("times", times(range(50)))
times(range(100))
