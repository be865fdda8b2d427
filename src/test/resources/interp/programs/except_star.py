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
        print(" context:", repr(e.__context__), "cause:", repr(e.__cause__))

def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("V", repr(e), repr(sys.exception()))
    except* TypeError as e:
        print("T", repr(e))
run(a)
def b():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked match", repr(e), e.exceptions[0] is e.exceptions[0])
run(b)
def c():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("new")
run(d)
def e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(5)])])
    except* TypeError as x:
        raise
run(e)
def f():
    g = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    g.add_note("a note")
    try:
        raise g
    except* ValueError as x:
        print("notes", x.__notes__, x.__notes__ is g.__notes__)
run(f)
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as x:
        raise RuntimeError("r") from None
    except* TypeError as x:
        pass
run(g)
def h():
    try:
        raise TypeError(1)
    except* ValueError:
        print("no")
run(h)
def i():
    for n in range(3):
        try:
            raise ValueError(n)
        except* ValueError:
            print("n", n)
    print("loop done")
run(i)
def j():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as x:
        raise x
run(j)
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)]), KeyError(4)])
print(eg.split(ValueError))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup((TypeError, KeyError)))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(BaseExceptionGroup) is eg)
print(eg.subgroup(OSError))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("my", [ValueError(1), TypeError(2)])
print(repr(m.split(ValueError)))
m.__cause__ = KeyError(); m.__context__ = OSError()
print(m.subgroup(TypeError).__cause__, repr(m.subgroup(TypeError).__context__))
print(str(ExceptionGroup("one", [ValueError()])), isinstance(eg, Exception))
