# throw() into generators: the exception a suspended generator is handling becomes the thrown
# exception's __context__, the generator keeps its handled exception across yields even when it
# is the caller's own exception object, a failing exception constructor is thrown in instead, and
# a delegated throw sees the delegating frame as its caller.
import sys
import traceback


def suspended_in_handler():
    try:
        raise KeyError("a")
    except KeyError:
        yield "in handler"


gen = suspended_in_handler()
print(next(gen))
try:
    gen.throw(ValueError("thrown"))
except ValueError as e:
    print("context:", repr(e.__context__))


def delegating():
    try:
        raise KeyError("b")
    except KeyError:
        yield from inner()


def inner():
    yield "inner"


gen = delegating()
print(next(gen))
try:
    gen.throw(ValueError)
except ValueError as e:
    print("context through yield from:", repr(e.__context__))


def catch_then_yield():
    try:
        yield 1
    except Exception as exc:
        print("  caught", repr(exc), "current:", repr(sys.exception()), "context:", exc.__context__)
        yield 2
        print("  still handling:", repr(sys.exception()))
        yield 3
        raise


gen = catch_then_yield()
next(gen)
try:
    raise ValueError("caller's")
except ValueError as caller_exc:
    print("throw returned", gen.throw(caller_exc))
print("after the caller's handler:", sys.exception())
print("next returned", next(gen))
try:
    next(gen)
except ValueError as e:
    print("re-raised:", repr(e), "context:", e.__context__)
print("outside:", sys.exception())


def not_handling():
    yield
    print("  sees the caller's exception:", repr(sys.exception()))
    yield


gen = not_handling()
next(gen)
try:
    raise IndexError("outer")
except IndexError:
    next(gen)


class Odd(Exception):
    def __new__(cls, *args):
        return cls           # not an instance


def plain():
    yield


gen = plain()
try:
    gen.throw(Odd)
except TypeError as e:
    print("TypeError:", e)
try:
    next(gen)
except StopIteration:
    print("the generator received it and finished")


def catches_type_error():
    try:
        yield
    except TypeError as e:
        print("  generator caught:", e)
        yield "recovered"


gen = catches_type_error()
next(gen)
print(gen.throw(Odd))


class Failing(Exception):
    def __init__(self):
        raise LookupError("constructor failed")


gen = catches_type_error()
next(gen)
try:
    gen.throw(Failing)
except LookupError as e:
    print("LookupError:", e)


def stack_names():
    names, frame = [], sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def leaf():
    try:
        yield
    except RuntimeError:
        print("  stack:", stack_names())
        yield "leaf caught"


def middle():
    return (yield from leaf())


gen = middle()
next(gen)
print(gen.throw(RuntimeError))

gen = middle()
next(gen)
try:
    gen.throw(OSError("through"))
except OSError as e:
    print("traceback:", [entry.name for entry in traceback.extract_tb(e.__traceback__)])
