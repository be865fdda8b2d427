"""Exceptions and closures: control flow that is not a plain loop.

A validating pipeline raises and catches exceptions of a small class hierarchy in its hot loop
(try/except/else/finally, raise ... from, re-raise, exception attributes), a context manager
class counts entries and exits of a `with` block and suppresses one error kind, and closures
(counters with nonlocal, a decorator that wraps functions, lambdas captured in a list) carry
state between calls. Exercises exception creation, matching by class, unwinding through frames,
__enter__/__exit__, cell variables and nested function creation. The checksum is integer
bookkeeping of what was raised, caught and computed.
"""
import sys
import time

ITEMS = 220000


class ValidationError(Exception):
    def __init__(self, value, reason):
        super().__init__(f"{value}: {reason}")
        self.value = value
        self.reason = reason


class TooSmall(ValidationError):
    pass


class TooLarge(ValidationError):
    pass


class Unlucky(ValidationError):
    pass


class Ledger:
    """A context manager that counts how often its block runs and ends, and swallows Unlucky."""

    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.suppressed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, traceback):
        self.exited += 1
        if kind is not None and issubclass(kind, Unlucky):
            self.suppressed += value.value % 7
            return True
        return False


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def counted(function):
    """A decorator: counts calls of function through a closure, exposing the counter."""
    calls = make_counter()

    def wrapper(*args):
        calls()
        return function(*args)

    wrapper.calls = calls
    return wrapper


@counted
def validate(value):
    if value < 100:
        raise TooSmall(value, "below 100")
    if value > 900:
        raise TooLarge(value, "above 900")
    if value % 13 == 0:
        raise Unlucky(value, "multiple of 13")
    return value * 2


def checked(value):
    """Validates, turning a too-large value into a ValueError chained to the original."""
    try:
        return validate(value)
    except TooLarge as error:
        raise ValueError("rejected") from error


def process(values, ledger):
    small = large = 0
    total = 0
    finally_runs = 0
    for value in values:
        try:
            with ledger:
                result = checked(value)
        except TooSmall as error:
            small += error.value + 1
        except ValueError as error:
            large += error.__cause__.value % 100
        else:
            total += 1
        finally:
            finally_runs += 1
    return small, large, total, finally_runs


def transforms():
    # Each lambda captures its own factor through a default, and the shared offset through a
    # closure cell that changes after the lambdas are made.
    offset = 0
    functions = [lambda x, factor=factor: x * factor + offset for factor in range(1, 6)]
    offset = 3
    return functions


def bench():
    state = 17
    values = []
    for _ in range(ITEMS):
        state = (state * 69069 + 1) % 4294967296
        values.append(state % 1000)
    calls_before = validate.calls(0)  # the decorator's counter lives as long as the module
    ledger = Ledger()
    small, large, total, finally_runs = process(values, ledger)
    mixed = 0
    functions = transforms()
    for index, value in enumerate(values[:ITEMS // 4]):
        mixed = (mixed + functions[index % len(functions)](value)) % 1000003
    return (small, large, total, finally_runs, ledger.entered, ledger.exited, ledger.suppressed,
            validate.calls(0) - calls_before, mixed)


# ---- harness: identical in every bench program (BenchProgramsTest checks it); edit all or none ----
# Usage: PROGRAM [N]. Runs bench() N times (default 1); for each run prints one line
#     iteration <i> <seconds> <repr of the checksum bench() returned>
# with i counting from 1 and seconds measured with time.perf_counter. bench/run parses these lines.
def _run_harness(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 1
    for i in range(1, iterations + 1):
        started = time.perf_counter()
        checksum = bench()
        elapsed = time.perf_counter() - started
        print("iteration", i, elapsed, repr(checksum), flush=True)


if __name__ == "__main__":
    _run_harness(sys.argv)
