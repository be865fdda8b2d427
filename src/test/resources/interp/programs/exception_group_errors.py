def t(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup(5, [ValueError()]))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [ValueError()], x=1))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", (ValueError(),)))
t(lambda: ExceptionGroup("m", {ValueError()}))
class MyEG(ExceptionGroup): pass
t(lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup): pass
t(lambda: MyBEG("m", [ValueError()]))
eg = ExceptionGroup("m", [ValueError(1)])
t(lambda: eg.split(1))
t(lambda: eg.split(int))
t(lambda: eg.split(ExceptionGroup))
t(lambda: eg.derive([KeyboardInterrupt()]))
t(lambda: str(ExceptionGroup("m", [ValueError(1), ValueError(2)])))
t(lambda: eg.args)
t(lambda: eg.exceptions)
x = [ValueError(1)]
eg2 = ExceptionGroup("q", x); x.append(2)
t(lambda: eg2)
t(lambda: eg2.args)
try:
    try:
        raise ValueError(3)
    except* 5:
        pass
except TypeError as e: print(e)
try:
    try:
        raise ValueError(3)
    except* ExceptionGroup:
        pass
except TypeError as e: print(e)
try:
    try:
        raise ValueError(3)
    except* (ValueError, int):
        pass
except TypeError as e: print(e)
