# timeit: Timer with strings and callables, fake clocks for deterministic numbers, autorange,
# errors, print_exc, and the command line through main(args, _wrap_timer=...).
import io
import sys
import contextlib
import timeit


class FakeClock:
    """Each call advances by step seconds: a measurement of n loops reads n-independent time."""
    def __init__(self, step=0.5):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


def counting_clock_factory(per_loop):
    """A clock that charges per_loop seconds for every statement execution of the global counter."""
    state = {"t": 0.0}

    def clock():
        state["t"] += per_loop * executions["n"]
        executions["n"] = 0
        return state["t"]
    return clock


executions = {"n": 0}


def stmt_callable():
    executions["n"] += 1


t = timeit.Timer("x = 1", timer=FakeClock())
print(t.timeit(10), t.timeit(0), t.repeat(3, 5))
t = timeit.Timer(stmt_callable, timer=counting_clock_factory(0.001))
print(round(t.timeit(100), 9), [round(x, 9) for x in t.repeat(2, 7)])
print(t.autorange())
calls = []
print(t.autorange(lambda n, s: calls.append((n, round(s, 9)))), calls)

ns = {"value": 3, "ns_seen": []}
t = timeit.Timer("total = value * 2; seen.append(total)", setup="value2 = value + 1; seen = ns_seen", globals=ns, timer=FakeClock(0.25))
print(t.timeit(3), ns["ns_seen"], sorted(ns))
print(timeit.timeit("pass", number=0, timer=FakeClock(1.0)))
print(timeit.repeat("pass", repeat=2, number=1, timer=FakeClock(2.0)))
print(timeit.default_timer is __import__("time").perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)

real = timeit.Timer("sum(range(10))", "import math").timeit(1000)
print(type(real).__name__, real >= 0)

for bad in [("return 1", "pass"), ("x = (", "pass"), ("pass", "yield 1"), (42, "pass"), ("pass", 3.5)]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.args[0])

t = timeit.Timer("1 / zero", setup="zero = 0")
try:
    t.timeit(3)
except ZeroDivisionError:
    buffer = io.StringIO()
    t.print_exc(buffer)
    text = buffer.getvalue()
    print("1 / zero" in text, text.splitlines()[-1])

print(repr(timeit.reindent("a\nb\n c", 4)))


def run_main(*args, step=None):
    out, err = io.StringIO(), io.StringIO()
    wrap = (lambda clock: FakeClock(step)) if step is not None else None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = timeit.main(list(args), _wrap_timer=wrap)
    print("main", args, "->", code)
    for line in out.getvalue().splitlines():
        print("  out:", line)
    err_lines = err.getvalue().splitlines()
    # A traceback's frames inside timeit.py differ between implementations: keep the timed
    # code's own frame (from the generated source) and what follows it.
    if err_lines and err_lines[0].startswith("Traceback"):
        first = next(i for i, line in enumerate(err_lines) if "<timeit-src>" in line)
        err_lines = [err_lines[0]] + err_lines[first:]
    for line in err_lines:
        print("  err:", line)


run_main("-n", "1000", "-r", "3", "x = 1", step=0.003)
run_main("-n", "10", "-u", "sec", "pass", step=0.5)
run_main("-n", "10", "-u", "msec", "pass", step=0.5)
run_main("-n", "10", "-u", "nsec", "pass", step=0.5)
run_main("-n", "1", "pass", step=1e-10)
run_main("-v", "-n", "2", "-r", "2", "pass", step=0.125)
run_main("-v", "-v", "-n", "2", "-r", "2", "pass", step=0.125)
run_main("-s", "a = 1", "-s", "b = 2", "-n", "5", "a + b", step=0.01)
run_main("-v", "pass", step=0.3)
run_main("pass", step=0.25)
run_main("-u", "hours", "pass")
run_main("-x")
run_main("--number")
run_main("-n", "2", "-r", "0", "1/0", step=0.1)
run_main("-n", "0", "-r", "1", "1/0", step=0.1)
run_main("--", "-1", "-n", "1", step=0.25)
print(timeit.__all__)
