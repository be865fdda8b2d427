"""Time small pieces of Python code (Ember's timeit).

Library use goes through Timer (or the timeit()/repeat() shortcuts); `ember -m timeit` is the
command line:

    ember -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [statement ...]

Options:
  -n/--number N    run the statement N times per measurement (default: the smallest of
                   1, 2, 5, 10, 20, 50, ... that takes at least 0.2 seconds)
  -r/--repeat N    take N measurements (default 5); the best is reported
  -s/--setup S     code run once before each measurement, not timed (default 'pass');
                   several -s options are joined as lines
  -p/--process     measure with time.process_time() instead of time.perf_counter()
  -v/--verbose     print the raw measurements; give it twice for more digits
  -u/--unit U      print times in nsec, usec, msec or sec
  -h/--help        print this text and exit
  --               ends the options (for a statement that starts with '-')
  statement        the code to time (default 'pass'); several arguments are joined as lines

Each measurement runs with the garbage collector disabled.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The statement and the setup are pasted into the body of one function, so that the loop runs
# with the statement's names as fast locals (as it would inside the user's own function). A
# callable statement or setup is passed in as a default argument instead.
_FUNCTION_SOURCE = """
def inner(_it, _timer{parameters}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indents every line of src after the first by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times the execution of a statement (a string of code or a callable).

    setup runs once before each measurement; timer is the clock (a function returning seconds);
    globals is the namespace the code runs in (by default this module's own).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        parameters = ""
        if isinstance(setup, str):
            # Compiled alone first, so that a syntax error points into the setup itself.
            compile(setup, dummy_src_name, "exec")
            setup_source = reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            parameters += ", _setup=_setup"
            setup_source = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # A statement that is only valid inside a function (return, yield) is refused, as it
            # would be at module level; together with a string setup, as they will run.
            compile(setup + "\n" + stmt if isinstance(setup, str) else stmt, dummy_src_name, "exec")
            stmt_source = reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            parameters += ", _stmt=_stmt"
            stmt_source = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        source = _FUNCTION_SOURCE.format(stmt=stmt_source, setup=setup_source, parameters=parameters)
        self.src = source
        exec(compile(source, dummy_src_name, "exec"), global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled, with the timed code's lines.

        Use it in an except clause around timeit()/repeat(): the generated function's source
        lines are not in any file, so they are registered with linecache first.
        """
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the setup once and the statement number times (setup not timed)."""
        iterations = itertools.repeat(None, number)
        collector_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(iterations, self.timer)
        finally:
            if collector_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat measurements of timeit(number); the minimum is the one to trust."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a loop count that takes at least 0.2 seconds; returns (count, seconds taken).

        Tries 1, 2, 5, 10, 20, 50, ...; callback(count, seconds) is called after each try.
        """
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = factor * scale
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
_UNITS_LARGEST_FIRST = sorted(_UNITS.items(), key=lambda item: item[1], reverse=True)


def main(args=None, *, _wrap_timer=None):
    """The command line (see the module docstring); args defaults to sys.argv[1:].

    Returns None on success, 1 when the timed code raised, 2 for a usage error.
    _wrap_timer, if given, wraps the clock (for tests).
    """
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        options, args = getopt.getopt(args, "n:u:s:r:pvh",
                                      ["number=", "setup=", "repeat=", "process", "verbose", "unit=", "help"])
    except getopt.error as error:
        print(error)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # 0: find one with autorange()
    setup_lines = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for option, value in options:
        if option in ("-n", "--number"):
            number = int(value)
        if option in ("-s", "--setup"):
            setup_lines.append(value)
        if option in ("-u", "--unit"):
            if value in _UNITS:
                time_unit = value
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        if option in ("-r", "--repeat"):
            repeat = int(value)
            if repeat <= 0:
                repeat = 1
        if option in ("-p", "--process"):
            timer = time.process_time
        if option in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if option in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
    setup = "\n".join(setup_lines) or "pass"

    # The statement may import modules from the current directory, as a script's would.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        report = None
        if verbose:
            def report(count, time_taken):
                plural = count != 1
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=count, s="s" if plural else "", secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(report)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except BaseException:
        t.print_exc()
        return 1

    def format_time(seconds):
        unit = time_unit
        if unit is not None:
            scale = _UNITS[unit]
        else:
            # The largest unit in which the value is at least 1 (nsec for anything smaller).
            scale, unit = 1e-9, "nsec"
            for name, size in _UNITS_LARGEST_FIRST:
                if seconds >= size:
                    scale, unit = size, name
                    break
        return "%.*g %s" % (precision, seconds / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    per_loop = [seconds / number for seconds in raw_timings]
    best = min(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat, format_time(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
