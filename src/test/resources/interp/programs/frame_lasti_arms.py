# The line of the executing instruction (f.lasti) must be exact wherever Python can see it:
# tracebacks of exceptions raised by each kind of instruction (generic and specialized forms,
# after warm-up, on their miss paths), f_lineno of a caller seen from its callee (sys._getframe(1))
# for each way an instruction calls Python code, and gi_frame.f_lineno of a suspended generator.
# Each raising or calling instruction sits on a line after another instruction that stores the
# line (a call), so a line left over from an earlier instruction would show.
import sys

WARM = 2000   # enough calls for the specializer (and tier 2's threshold) to act first


def tb_lines(exc):
    """The (function, line) pairs of the traceback, innermost last."""
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out[1:]   # drop the entry of the runner


def run(name, fn, good, bad):
    for _ in range(WARM):
        fn(*good)
    try:
        fn(*bad)
    except Exception as e:
        print(name, type(e).__name__, tb_lines(e))
    else:
        print(name, "no error")


def noop():
    return None


def add(a, b):
    noop()
    c = a
    return c + b


def sub(a, b):
    noop()
    c = a
    return c - b


def mul(a, b):
    noop()
    c = a
    return c * b


def mod(a, b):
    noop()
    c = a
    return c % b


def floordiv(a, b):
    noop()
    c = a
    return c // b


def subscr(a, b):
    noop()
    c = a
    return c[b]


def compare(a, b):
    noop()
    c = a
    return c < b


def truth(a, b):
    noop()
    c = a
    if c:
        return 1
    return 0


def attr(a, b):
    noop()
    c = a
    return c.x


def set_attr(a, b):
    noop()
    c = a
    c.x = b


def method(a, b):
    noop()
    c = a
    return c.get()


def glob(a, b):
    noop()
    c = a
    if c:
        return undefined_global_name
    return len


def unpack(a, b):
    noop()
    c = a
    x, y = c
    return x


def store_item(a, b):
    noop()
    c = a
    c[b] = 1


def iterate(a, b):
    noop()
    c = a
    total = 0
    for item in c:
        total += 1
    return total


def call_exact(a, b):
    noop()
    c = a
    return c(b)


def contains(a, b):
    noop()
    c = a
    return b in c


def local_unbound(a, b):
    noop()
    if a:
        value = 1
    c = a
    return value


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Q:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class BadIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("next")


class BadHash:
    def __hash__(self):
        raise ValueError("hash")


class BadBool:
    def __bool__(self):
        raise ValueError("bool")


def one(x):
    return x


def raises(x):
    raise RuntimeError(x)


run("add_int", add, (1, 2), (1, None))
run("add_float", add, (1.5, 2.5), (1.5, "s"))
run("add_str", add, ("a", "b"), ("a", 1))
run("sub_int", sub, (5, 2), (5, "x"))
run("mul_float", mul, (1.5, 2.0), (1.5, []))
run("mod_extend", mod, (7, 3), (7, 0))
run("floordiv_extend", floordiv, (7, 3), (7, 0))
run("subscr_list", subscr, ([1, 2], 1), ([1, 2], 5))
run("subscr_tuple", subscr, ((1, 2), 0), ((1, 2), 9))
run("subscr_dict", subscr, ({1: 2}, 1), ({1: 2}, 3))
run("subscr_str", subscr, ("ab", 1), ("ab", 7))
run("compare_int", compare, (1, 2), (1, "x"))
run("compare_float", compare, (1.0, 2.0), (1.0, None))
run("compare_str", compare, ("a", "b"), ("a", 2))
run("to_bool_int", truth, (1, 0), (BadBool(), 0))
run("to_bool_list", truth, ([1], 0), (BadBool(), 0))
run("attr_instance", attr, (P(1), 0), (object(), 0))
run("attr_slot", attr, (Q(1), 0), (Q.__new__(Q), 0))
run("attr_module", attr, (sys, 0), (sys, 0)) if hasattr(sys, "x") else print("attr_module skipped")
run("store_attr_instance", set_attr, (P(1), 2), (1, 2))
run("store_attr_slot", set_attr, (Q(1), 2), (object(), 2))
run("method_call", method, (P(1), 0), (P, 0))
run("global_missing", glob, (0, 0), (1, 0))
run("unpack_tuple", unpack, ((1, 2), 0), ((1, 2, 3), 0))
run("unpack_list", unpack, ([1, 2], 0), ([1], 0))
run("store_subscr_list", store_item, ([1, 2], 0), ([1, 2], 5))
run("store_subscr_dict", store_item, ({}, 1), ({}, BadHash()))
run("for_iter_list", iterate, ([1, 2], 0), (BadIter(), 0))
run("for_iter_range", iterate, (range(3), 0), (5, 0))
run("call_exact_args", call_exact, (one, 1), (raises, "boom"))
run("call_not_callable", call_exact, (one, 1), (3, 1))
run("contains_dict", contains, ({1: 2}, 1), ({1: 2}, BadHash()))
run("contains_set", contains, ({1, 2}, 1), ({1, 2}, BadHash()))
run("unbound_local", local_unbound, (1, 0), (0, 0))


# f_lineno of the caller, seen from Python code each kind of instruction calls
seen = []


def caller_line():
    seen.append(sys._getframe(2).f_lineno)
    return 1


class Probe:
    def __add__(self, other):
        return caller_line()

    def __lt__(self, other):
        return caller_line()

    def __bool__(self):
        return bool(caller_line())

    def __getitem__(self, key):
        return caller_line()

    def __setitem__(self, key, value):
        caller_line()

    def __hash__(self):
        return caller_line()

    def __eq__(self, other):
        return True

    def __iter__(self):
        return iter([caller_line()])

    @property
    def prop(self):
        return caller_line()

    def meth(self):
        return caller_line()


class Init:
    def __init__(self):
        caller_line()


def plain():
    return caller_line()


def gen():
    yield caller_line()


def probe_all(p):
    noop()
    a = p
    a + 1
    noop()
    a < 1
    noop()
    if a:
        pass
    noop()
    a[0]
    noop()
    a[0] = 1
    noop()
    {a: 1}
    noop()
    for _ in a:
        pass
    noop()
    a.prop
    noop()
    a.meth()
    noop()
    Init()
    noop()
    plain()
    noop()
    for _ in gen():
        pass
    noop()
    return sum(1 for _ in gen())


for _ in range(WARM // 10):
    seen.clear()
    probe_all(Probe())
print("caller lines", seen)


# a suspended generator's frame is at its yield
def stepper():
    noop()
    yield 1
    noop()
    x = 2
    yield x
    noop()


for _ in range(3):
    g = stepper()
    lines = []
    for _ in g:
        lines.append(g.gi_frame.f_lineno)
    print("generator lines", lines, g.gi_frame)


# a finished frame keeps the line of its return
def keep_frame():
    frame = sys._getframe()
    noop()
    x = 1
    return frame


print("finished frame line", keep_frame().f_lineno)
