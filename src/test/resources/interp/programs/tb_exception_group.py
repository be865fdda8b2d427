# Exception groups print boxed: nested groups, chained members, notes, more than 15 members
import sys


def fail(kind, text):
    raise kind(text)


def collect(*jobs):
    errors = []
    for kind, text in jobs:
        try:
            fail(kind, text)
        except Exception as e:
            errors.append(e)
    return errors


def with_cause():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


try:
    with_cause()
except ValueError as e:
    chained = e

many = ExceptionGroup("many", [KeyError(i) for i in range(17)])
print("many:", many)
sys.excepthook(ExceptionGroup, many, None)

inner = ExceptionGroup("inner", collect((TypeError, "t1"), (KeyError, "k1")))
inner.add_note("a note on the inner group")
try:
    raise ExceptionGroup("outer", [inner, chained, OSError(2, "No such file")])
except ExceptionGroup as eg:
    print("caught:", eg, len(eg.exceptions), eg.message)
    top = eg


def reraise():
    raise top


reraise()
