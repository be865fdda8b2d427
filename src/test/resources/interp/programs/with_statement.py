class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        if self.fail_exit:
            raise KeyError("exit failed " + self.name)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("outer"), CM("inner", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
class Truthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return "yes"
with Truthy():
    raise TypeError
print("suppressed by truthy string")
class ExitOnlyInstance:
    def __enter__(self): return self
e = ExitOnlyInstance()
e.__exit__ = lambda *a: None
try:
    with e:
        pass
except TypeError as err:
    print(err)
import sys
with CM("exc_info"):
    try:
        raise ValueError("inside")
    except ValueError:
        print("exception in with:", repr(sys.exception()))
print(repr(sys.exception()))
