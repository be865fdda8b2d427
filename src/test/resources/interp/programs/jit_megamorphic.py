# Call sites that see more Python functions than a guard chain holds (tier 2 calls any function
# taking exactly the site's positional arguments directly): dispatch tables, methods of many
# classes, bound methods, then everything such a site must still hand to the generic call.
import sys
import traceback


def make_handlers():
    count = 0

    def bump(x):
        nonlocal count
        count += x
        return count

    def double(x):
        return 2 * x

    def negate(x):
        return -x

    def frame_name(x):
        return sys._getframe(1).f_code.co_name + ":" + str(x)

    def back_chain(x):
        f = sys._getframe()
        names = []
        while f is not None and len(names) < 3:
            names.append(f.f_code.co_name)
            f = f.f_back
        return "/".join(names)

    return {
        "add1": lambda x: x + 1,
        "sq": lambda x: x * x,
        "bump": bump,
        "double": double,
        "negate": negate,
        "str": lambda x: "s" + str(x),
        "frame": frame_name,
        "back": back_chain,
    }


HANDLERS = make_handlers()
KEYS = list(HANDLERS)


def dispatch(key, x):
    return HANDLERS[key](x)


def run_all(x):
    return [dispatch(key, x) for key in KEYS]


for i in range(60):
    result = run_all(i)
print("warm", result)
print("big ints", dispatch("sq", 2 ** 40), dispatch("add1", 2 ** 63 - 1), dispatch("double", -(2 ** 63)))
print("floats and strings", dispatch("sq", 1.5), dispatch("double", "ab"), dispatch("add1", 0.5))


# what the site must still hand to the generic call
def with_default(x, y=10):
    return x + y


def two_args(x, y):
    return x * y


def star(*args):
    return args


def gen(x):
    yield x
    yield x + 1


class Box:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Box(%r)" % (self.x,)

    def method(self, x):
        return ("method", self.x, x)


HANDLERS["default"] = with_default
HANDLERS["len"] = len
HANDLERS["class"] = Box
HANDLERS["star"] = star
HANDLERS["gen"] = gen
HANDLERS["bound"] = Box(7).method
print("default", dispatch("default", 1))
print("builtin", dispatch("len", "abcd"))
print("class", dispatch("class", 3))
print("star", dispatch("star", 4))
print("generator", list(dispatch("gen", 5)))
print("bound method", dispatch("bound", 6))
HANDLERS["two"] = two_args
try:
    dispatch("two", 3)
except TypeError as e:
    print("TypeError", e)
HANDLERS["none"] = None
try:
    dispatch("none", 3)
except TypeError as e:
    print("TypeError", e)


# __code__ and __defaults__ replaced under the warm site
def target(x):
    return ("target", x)


def other_code(x, y):
    return ("other", x, y)


HANDLERS["target"] = target
print("direct", two_args(2, 3), other_code(4, 5))
print(dispatch("target", 1))
target.__code__ = other_code.__code__
try:
    dispatch("target", 2)
except TypeError as e:
    print("TypeError", e)
target.__defaults__ = (99,)
print(dispatch("target", 3))


# exceptions and tracebacks through the unguarded calls
def raiser(x):
    return 1 // x


HANDLERS["raise"] = raiser
for value in (2, 0):
    try:
        print("raise", dispatch("raise", value))
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught", type(e).__name__, [(entry.name, entry.lineno) for entry in tb])
        print("context", e.__context__, "frame", e.__traceback__.tb_next.tb_frame.f_code.co_name)


# methods of many classes at one site (self in the self slot), and bound methods (NULL self slot)
def make_class(n):
    class C:
        def __init__(self):
            self.n = n

        def get(self, x):
            return self.n * 100 + x

    C.__name__ = "C%d" % n
    return C


INSTANCES = [make_class(n)() for n in range(7)]


def call_methods(x):
    return [obj.get(x) for obj in INSTANCES]


def call_bound(x):
    out = []
    for obj in INSTANCES:
        m = obj.get
        out.append(m(x))
    return out


for i in range(60):
    methods = call_methods(i)
    bound = call_bound(i)
print("methods", methods)
print("bound", bound)
INSTANCES.append(Box(1))
INSTANCES[-1].get = lambda x: ("instance attribute", x)
print("methods", call_methods(1)[-2:])
print("bound", call_bound(2)[-2:])


# recursion through a megamorphic site: RecursionError, then the limit lowered
def make_recursers():
    table = {}

    def make(k):
        def rec(n):
            if n == 0:
                return k
            return table[(n - 1) % 6](n - 1)
        return rec

    for k in range(6):
        table[k] = make(k)
    return table


RECURSERS = make_recursers()
for i in range(30):
    RECURSERS[0](12)
print("recursion", RECURSERS[5](35))
try:
    RECURSERS[0](100000)
except RecursionError as e:
    print("RecursionError", e)


def depth_reached(n):
    try:
        return RECURSERS[0](n), "ok"
    except RecursionError:
        return None, "RecursionError"


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print("limit 200", depth_reached(150), depth_reached(250))
deepest = max(n for n in range(150, 220) if depth_reached(n)[1] == "ok")
print("deepest at limit 200", deepest, depth_reached(deepest + 1))
sys.setrecursionlimit(old)
print("limit back", depth_reached(600))
