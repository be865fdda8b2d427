# Frames of direct calls between compiled functions (tier 2, jit6): a finished frame's value
# stack is cleared only when something can still reach the frame (its frame object, a
# traceback entry, the f_back chain of one of those); recursion depth, tracebacks, f_back and
# sys._getframe through deep direct calls; callees whose __code__ or __defaults__ change.
import gc
import sys
import weakref


class Obj:
    pass


refs = []


def track(o):
    refs.append(weakref.ref(o))
    return o


def inner():
    return sys._getframe(1)


def keeps_frame():
    # Obj() waits on the value stack while inner() runs; the frame outlives the call
    return (track(Obj()), inner())[1]


def no_frame(x):
    return (track(Obj()), x + 1)[1]


def call_no_frame(i):
    return no_frame(i)


def call_keeps_frame():
    return keeps_frame()


def warm():
    # the callers run compiled after their first calls: their calls are direct calls
    total = 0
    for i in range(300):
        total += call_no_frame(i)
    frames = [call_keeps_frame() for _ in range(300)]
    return total, frames


total, frames = warm()
gc.collect()
print("total", total, "frames kept", len(frames), frames[0].f_code.co_name)
print("stack operands released", sum(1 for r in refs if r() is None), "of", len(refs))
print("f_back of a kept frame", frames[-1].f_back.f_code.co_name, frames[-1].f_back.f_back.f_code.co_name)
del frames

# a traceback keeps the frames it passed through (and their callers through f_back)
def raiser(n):
    if n == 0:
        raise ValueError("deep")
    return (track(Obj()), raiser(n - 1))[1]


def catch(n):
    try:
        raiser(n)
    except ValueError as e:
        return e


refs.clear()
errors = [catch(5) for _ in range(300)]
gc.collect()
tb = errors[-1].__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print("traceback", names)
print("released with tracebacks alive", sum(1 for r in refs if r() is None), "of", len(refs))
frame = errors[-1].__traceback__.tb_next.tb_next.tb_frame
chain = []
while frame is not None and len(chain) < 5:
    chain.append((frame.f_code.co_name, frame.f_locals.get("n")))
    frame = frame.f_back
print("f_back chain", chain)
del errors, tb, frame

# sys._getframe and f_back deep inside direct calls
def depth_of(n):
    if n == 0:
        f = sys._getframe()
        count = 0
        while f is not None:
            count += 1
            f = f.f_back
        return count
    return depth_of(n - 1)


base = depth_of(0)
print("frames below", [depth_of(k) - base for k in (1, 10, 100, 300)])


def lineno_chain(n):
    if n == 0:
        f = sys._getframe()
        return [f.f_lineno, f.f_back.f_lineno, f.f_back.f_back.f_lineno]
    return lineno_chain(n - 1)


for _ in range(300):
    lineno_chain(3)
print("line numbers", lineno_chain(3))

# RecursionError at the same depth as the interpreter
deepest = [0]


def measure(n):
    deepest[0] = n
    return measure(n + 1)


for limit in (1000, 200, 3000):
    sys.setrecursionlimit(limit)
    try:
        measure(0)
    except RecursionError as e:
        print("limit", limit, "reached at", deepest[0] + depth_of(0) - base, e)
sys.setrecursionlimit(1000)

# __code__ and __defaults__ replaced under a warm direct call site
def target(a, b):
    return a + b


def other(a, b):
    return a * b


def with_default(a, b=5):
    return a - b


def call_target(x):
    return target(x, 2)


for i in range(300):
    call_target(i)
print("before", call_target(10))
target.__code__ = other.__code__
print("__code__ replaced", call_target(10))
target.__code__ = with_default.__code__
print("__code__ with a default", call_target(10))
target.__defaults__ = (100,)
print("__defaults__ set", call_target(10))


def call_one(x):
    return target(x)


for i in range(300):
    call_one(i)
print("one argument", call_one(1))
target.__defaults__ = None
try:
    call_one(1)
except TypeError as e:
    print("TypeError", e)

# ints crossing calls: small, big, overflowing the long range, other types
def double(x):
    return x + x


def call_double(x):
    return double(x)


for i in range(300):
    call_double(i)
print("ints", call_double(2 ** 62), call_double(-2 ** 63), call_double(2 ** 100))
print("others", call_double(1.5), call_double("ab"), call_double([1]), call_double(True))
