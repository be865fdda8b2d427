# Tier 2 (docs/jit.md): exception handlers, finally, with, re-raise, and traceback line numbers
# from compiled frames (the uncaught error at the end checks the printed traceback too).
import sys

def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def divide(a, b):
    return a / b

def handlers(values):
    results = []
    for v in values:
        try:
            try:
                r = divide(10, v)
            except ZeroDivisionError:
                r = "zero"
            else:
                r = ("ok", r)
            finally:
                results.append("f")
            if v == 3:
                raise ValueError("three")
            results.append(r)
        except ValueError as e:
            results.append(("value", str(e), lines(e.__traceback__)))
    return results

class Resource:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.swallow

def with_blocks():
    with Resource("a", False) as r:
        print("body", r.name)
    with Resource("b", True):
        raise KeyError("swallowed")
    try:
        with Resource("c", False):
            [][1]
    except IndexError as e:
        print("IndexError", e, lines(e.__traceback__))

def reraise():
    try:
        {}["missing"]
    except KeyError:
        try:
            raise RuntimeError("inner")
        except RuntimeError as inner:
            print("context", repr(inner.__context__))
        raise

def loop_with_try(n):
    caught = 0
    for i in range(n):
        try:
            if i % 7 == 0:
                raise IndexError(i)
            caught += 0
        except IndexError:
            caught += 1
    return caught

def frame_lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a, f.f_code.co_name, sys._getframe(0).f_back.f_code.co_name

print(handlers([2, 0, 3, 5]))
with_blocks()
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e), lines(e.__traceback__))
print(loop_with_try(100))
print(frame_lines())

def level3(x):
    return x["key"]

def level2(x):
    return level3(x) + 1

def level1():
    data = {"other": 1}
    return level2(data)

level1()
