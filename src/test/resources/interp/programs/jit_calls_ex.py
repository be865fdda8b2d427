# Tier 2's fourth increment: f(*args) / f(*args, **kwargs) called directly from compiled code
# (CALL_FUNCTION_EX of a Python function with a tuple), and the exception-handling instructions
# compiled as bodies of their own (PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, RAISE_VARARGS,
# RERAISE, LOAD_SPECIAL, WITH_EXCEPT_START, closures' MAKE_CELL/COPY_FREE_VARS), each run warm
# and then given what the direct path must reject.
import sys
import traceback


def warm(fn, *args):
    for _ in range(60):
        fn(*args)


def counted(function):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return function(*args)

    wrapper.calls = lambda: calls
    return wrapper


@counted
def add3(a, b, c):
    return a + b + c


def call_star(fn, args):
    return fn(*args)


def call_star_kw(fn, args, kwargs):
    return fn(*args, **kwargs)


warm(add3, 1, 2, 3)
print("wrapper", add3(1, 2, 3), add3.calls())


def defaults(a, b=10, *rest, c=5, **kw):
    return (a, b, rest, c, sorted(kw.items()))


warm(call_star, defaults, (1,))
print("defaults", call_star(defaults, (1,)), call_star(defaults, (1, 2, 3, 4)))
print("list args", call_star(defaults, [7, 8]))
print("generator args", call_star(defaults, (i for i in range(3))))
print("str args", call_star(defaults, "xy"))
warm(call_star_kw, defaults, (1,), {})
print("empty kwargs", call_star_kw(defaults, (1,), {}))
print("kwargs", call_star_kw(defaults, (1,), {"c": 9, "z": 0}))
print("builtin", call_star(max, (3, 9, 4)), call_star(len, ("abc",)))
print("bound method", call_star([1, 2].index, (2,)))
print("class", call_star(dict, ()), call_star(range, (2, 5)))
print("lambda", call_star(lambda *a: a, (1, 2)))

try:
    call_star(add3, (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    call_star(defaults, ())
except TypeError as e:
    print("TypeError", e)
try:
    call_star(defaults, (1,) * 2 + (3,), )
    call_star_kw(defaults, (1,), {"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    call_star(42, ())
except TypeError as e:
    print("TypeError", e)


def gen(a, b):
    yield a
    yield b


warm(call_star, gen, (1, 2))
print("generator function", list(call_star(gen, (1, 2))))


def swap_code():
    def first(a):
        return ("first", a)

    def second(a, b=2):
        return ("second", a, b)

    for _ in range(60):
        call_star(first, (1,))
    first.__code__ = second.__code__
    first.__defaults__ = (7,)
    print("code replaced", call_star(first, (1,)))


swap_code()


def raises(x):
    if x > 2:
        raise ValueError("too big: %d" % x)
    return x


warm(call_star, raises, (1,))
try:
    call_star(raises, (3,))
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("raised through", [(f.name, f.lineno) for f in tb])


def recurse(n):
    return call_star(recurse, (n + 1,))


sys.setrecursionlimit(200)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print("after recursion", call_star(add3, (1, 1, 1)))


# ---- exception handling instructions ----
class AppError(Exception):
    pass


class Small(AppError):
    pass


class Large(AppError):
    pass


def classify(n):
    try:
        if n < 10:
            raise Small(n)
        if n > 90:
            raise Large(n)
        if n == 50:
            raise KeyError(n)
        return "ok %d" % n
    except Small as e:
        return "small %s %s" % (e.args[0], sys.exception() is e)
    except (Large, KeyError) as e:
        return "large or key %r" % (e,)
    finally:
        pass


warm(classify, 40)
warm(classify, 5)
print("classify", [classify(n) for n in (5, 40, 50, 95)], sys.exception())


def matcher(n, kind):
    try:
        raise Small(n)
    except kind:
        return "caught"


warm(matcher, 1, Small)
print("match", matcher(1, Small), matcher(1, AppError), matcher(1, (KeyError, Exception)))
try:
    matcher(1, KeyError)
except Small as e:
    print("not matched", repr(e))
try:
    matcher(1, int)
except TypeError as e:
    print("TypeError", e, repr(e.__context__))


def chained(n):
    try:
        raise Small(n)
    except Small as e:
        raise Large(n * 2) from e


warm(lambda: [None for _ in range(1) if not isinstance(sys.exc_info()[1], int)])
for _ in range(60):
    try:
        chained(1)
    except Large:
        pass
try:
    chained(3)
except Large as e:
    print("chained", repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def reraiser(n):
    try:
        try:
            raise Small(n)
        except Small:
            n += 1
            raise
    finally:
        n += 10


for _ in range(60):
    try:
        reraiser(1)
    except Small:
        pass
try:
    reraiser(2)
except Small as e:
    print("reraised", repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])


def nested_handlers(n):
    try:
        raise Small(n)
    except Small:
        try:
            raise Large(n)
        except Large as inner:
            return repr(inner.__context__), repr(sys.exception())
        finally:
            pass


warm(nested_handlers, 1)
print("nested", nested_handlers(4), sys.exception())


class Ledger:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append(kind.__name__ if kind else None)
        return kind is Small


def with_block(ledger, n):
    with ledger as l:
        if n < 10:
            raise Small(n)
        if n > 90:
            raise Large(n)
        return len(l.log)


ledger = Ledger()
warm(with_block, ledger, 50)
warm(with_block, ledger, 1)
print("with", with_block(ledger, 50), with_block(ledger, 1))
try:
    with_block(ledger, 95)
except Large as e:
    print("with raised", repr(e), ledger.log[-2:])
Ledger.__exit__ = lambda self, kind, value, tb: True
print("exit replaced", with_block(ledger, 95))


def cells(n):
    total = n

    def add(k):
        nonlocal total
        total += k
        return total

    def get():
        return total

    return add, get


warm(cells, 1)
add, get = cells(5)
print("cells", add(2), add(3), get(), add.__closure__[0].cell_contents)


def formatted(n):
    return f"{n}-{n!r}-{n:>4}"


warm(formatted, 3)
print("format", formatted(12), formatted("ab"))


def uncaught_inner(x):
    raise KeyError(x)


warm(call_star, formatted, (1,))
call_star(uncaught_inner, (77,))
