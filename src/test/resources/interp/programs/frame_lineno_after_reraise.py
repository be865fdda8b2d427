# A frame that an exception left through an except/finally/with cleanup (RERAISE) reports, in
# f_lineno, the line CPython's frame ends on: the original raise for handlers that re-raise it,
# the except line when no clause matched, the finally body's last line; None without a line table.


def frame_lines(func):
    try:
        func()
    except Exception as ex:
        tb = ex.__traceback__.tb_next
    lines = []
    while tb is not None:
        frame = tb.tb_frame
        lines.append(None if frame.f_lineno is None else frame.f_lineno - frame.f_code.co_firstlineno)
        tb = tb.tb_next
    return lines


def simple():
    1 / 0
    pass


def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
        pass


def unmatched_except():
    try:
        1 / 0
    except TypeError as ex:
        pass


def raise_in_named_except():
    try:
        1 / 0
    except Exception as ex:
        {}["k"]
        pass


def try_finally():
    try:
        1 / 0
    finally:
        pass


def raise_in_finally():
    try:
        1 / 0
    finally:
        int("x")
        pass


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *details):
        return False


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, *details):
        raise ValueError("from __exit__")


def inside_with():
    with Quiet():
        1 / 0
        pass


def failing_exit():
    with Failing():
        1 / 0


def nested_handlers():
    try:
        try:
            1 / 0
        except KeyError:
            pass
    except IndexError:
        pass


for func in (simple, raise_in_except, unmatched_except, raise_in_named_except, try_finally,
             raise_in_finally, inside_with, failing_exit, nested_handlers):
    print(func.__name__, frame_lines(func))


def no_lines():
    1 / 0

print("with a line table:", frame_lines(no_lines))
no_lines.__code__ = no_lines.__code__.replace(co_linetable=b"\xf8\xf8\xf8\xf9\xf8\xf8\xf8")
print("without:", frame_lines(no_lines))
