# Implicit chaining happens once, where an exception is raised: frames it later passes through
# (even while they handle another exception) leave its __context__ alone, so a context cleared
# before a bare `raise` stays cleared (contextlib.ExitStack relies on this).

def reraise_keeping(exc):
    fixed = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed
        raise

def inside_handler():
    try:
        raise ValueError("first")
    except ValueError:
        k = KeyError("k")
        try:
            raise k
        except KeyError as e:
            print("raised in handler:", repr(e.__context__))
            e.__context__ = None
        try:
            reraise_keeping(k)
        except KeyError as e:
            print("after reraise_keeping:", repr(e.__context__))
        raise k

try:
    inside_handler()
except KeyError as e:
    print("raised again while handling:", repr(e.__context__))

class ClearingExit:
    def __enter__(self):
        return self
    def __exit__(self, *details):
        k = KeyError("from exit")
        try:
            raise k
        except BaseException:
            k.__context__ = None
            raise

try:
    with ClearingExit():
        raise ValueError("body")
except KeyError as e:
    print("out of __exit__:", repr(e.__context__))

def raises_plain():
    raise TypeError("plain")

def calls_in_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        raises_plain()

try:
    calls_in_handler()
except TypeError as e:
    print("raised in a callee of a handler:", repr(e.__context__))

def clears_then_reraises():
    try:
        raise OSError("x")
    except OSError as e:
        e.__context__ = None
        raise

try:
    try:
        raise ValueError("handled by caller")
    except ValueError:
        clears_then_reraises()
except OSError as e:
    print("bare raise through a handling caller:", repr(e.__context__))

from contextlib import ExitStack, suppress

def callback_raises():
    raise KeyError("after suppress")

try:
    with ExitStack() as stack:
        stack.callback(callback_raises)
        stack.push(lambda *details: True)
        raise ValueError("suppressed")
except KeyError as e:
    print("ExitStack:", repr(e), repr(e.__context__))

try:
    with suppress(ValueError):
        raise ValueError("gone")
    raise KeyError("next")
except KeyError as e:
    print("after suppress:", repr(e.__context__))

def gen():
    try:
        yield 1
    except ValueError:
        raise KeyError("in generator")

g = gen()
next(g)
try:
    try:
        raise OSError("handled")
    except OSError:
        g.throw(ValueError("thrown"))
except KeyError as e:
    print("generator:", repr(e.__context__), repr(e.__context__.__context__))
