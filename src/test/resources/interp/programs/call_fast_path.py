# CALL_PY_EXACT_ARGS's inline entry (the first guard's hit) and the inlined return: frames seen
# after they returned, recursion depth, f_back/f_lineno, guard misses.
# Each site runs in a loop so that it specializes first.
import sys


kept = []


def keep_frame(a, b):
    c = a + b
    kept.append(sys._getframe())
    return c


def frames_after_return():
    for i in range(4):
        keep_frame(i, 10)
    f = kept[-1]
    return sorted(f.f_locals.items()), f.f_lineno, f.f_code.co_name, f.f_back.f_code.co_name


print("kept frame:", frames_after_return())


def caller_line():
    return sys._getframe(1).f_lineno, sys._getframe(1).f_code.co_name


def lines():
    got = []
    for _ in range(3):
        got.append(caller_line())
        got.append(
            caller_line())
    return got


print("f_back lines:", lines())


def depth(n):
    return depth(n + 1) if n < 10_000_000 else n


def deepest(n):
    try:
        return deepest(n + 1)
    except RecursionError:
        return n


old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    try:
        depth(0)
    except RecursionError as e:
        print("RecursionError:", e)
    print("deep enough:", all(50 < deepest(0) < 120 for _ in range(5)))
finally:
    sys.setrecursionlimit(old)


class A:
    def m(self, x):
        return ("A", x)


class B(A):
    def m(self, x):
        return ("B", x)


def poly(objs):
    return [o.m(i) for i, o in enumerate(objs)]


print("methods:", poly([A(), A(), A(), B(), A(), B()]))


def g1(x):
    return x + 1


def g2(x):
    return x * 10


def rebinding():
    global target
    out = []
    for i in range(8):
        if i == 4:
            target = g2
        out.append(target(i))
    return out


target = g1
print("rebound:", rebinding())


def h(a, b=5):
    return a + b


def shapes():
    out = []
    for i in range(4):
        out.append(h(i))
        out.append(h(i, 1))
        out.append(h(b=i, a=2))
    return out


print("shapes:", shapes())


def fails(x):
    return 1 // x


def traceback_lines():
    import traceback
    for x in (3, 2, 1, 0):
        try:
            fails(x)
        except ZeroDivisionError as e:
            tb = traceback.extract_tb(e.__traceback__)
            return [(fr.name, fr.line) for fr in tb]


print("traceback:", traceback_lines())


def gen_with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append(helper_in_finally())


def helper_in_finally():
    return sys._getframe(1).f_code.co_name


def close_and_throw():
    log = []
    for _ in range(3):
        g = gen_with_finally(log)
        next(g)
        g.close()
    g = gen_with_finally(log)
    next(g)
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        log.append(repr(e))
    return log


print("close/throw:", close_and_throw())


def builtins_shadowed():
    out = []
    for i in range(6):
        if i == 3:
            globals()["len"] = lambda x: -1
        out.append(len("abc"))
    del globals()["len"]
    out.append(len("abcd"))
    return out


print("builtins:", builtins_shadowed())


def global_deleted():
    global gone
    out = []
    for i in range(6):
        if i == 3:
            del gone
        try:
            out.append(gone(i))
        except NameError as e:
            out.append(str(e))
    return out


gone = g1
print("deleted:", global_deleted())
