import sys
def show(e, ind=""):
    print(ind + repr(e), getattr(e, "__notes__", None))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions: show(x, ind + "  ")
def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:"); show(e)

def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2), OSError(3)])
        except* ValueError:
            print("inner V, handled:", repr(sys.exception()))
            raise
        finally:
            print("finally sees", repr(sys.exception()))
    except* TypeError as tg:
        print("outer T", repr(tg))
    except* ValueError as vg:
        print("outer V", repr(vg))
run(nested)
def raise_in_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
run(raise_in_both)
def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("handled value")
run(base_group)
def keyboard():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as g:
        print(type(g).__name__, repr(g))
run(keyboard)
def tuple_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, KeyError) as g:
        print("tuple", repr(g))
run(tuple_match)
def else_finally():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else ran")
    finally:
        print("finally ran")
run(else_finally)
def context_chain():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        try:
            raise TypeError("inner")
        except TypeError as t:
            print("context is match:", t.__context__ is g)
run(context_chain)
def traceback_kept():
    def thrower():
        raise ExceptionGroup("tb", [ValueError(1), TypeError(2)])
    try:
        thrower()
    except* ValueError:
        pass
run(traceback_kept)
try:
    traceback_kept()
except ExceptionGroup as e:
    n = 0
    tb = e.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)
eg = ExceptionGroup("m", [ValueError(1)])
eg.add_note("note1")
try:
    eg.add_note(5)
except TypeError as e:
    print(e)
print(eg.__notes__)
print(BaseExceptionGroup.__mro__, ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyGroup(self.message, excs, self.extra)
g = MyGroup("mine", [ValueError(1), TypeError(2)], "x")
m, r = g.split(ValueError)
print(type(m).__name__, m.extra, m.args, r.exceptions)
