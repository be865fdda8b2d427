# list(x), tuple(x), [*x] and list.extend(x) ask __len__ / __length_hint__ for a size first, as CPython.
import sys
class Big:
    def __len__(self): return 2**40
print(len(Big()))
for i in range(3): print(len(Big()), len(range(2**41)))
class Hint:
    def __init__(self, hint): self.hint = hint
    def __iter__(self): return iter([1, 2, 3])
    def __length_hint__(self):
        print("hint called")
        if isinstance(self.hint, BaseException): raise self.hint
        return self.hint
for h in [5, NotImplemented, TypeError("x"), ValueError("bad"), -1, "3", 2**70, 2**62, 2**61, True]:
    for ctor in (list, tuple, lambda x: [*x], lambda x: [0].extend(x)):
        try:
            print(ctor(Hint(h)))
        except Exception as e:
            print(type(e).__name__, e)
class LenRaises:
    def __init__(self, exc): self.exc = exc
    def __iter__(self): return iter("ab")
    def __len__(self):
        print("len called")
        raise self.exc
    def __length_hint__(self):
        print("hint after len")
        return 2
for exc in [TypeError("t"), ValueError("v")]:
    try:
        print(list(LenRaises(exc)))
    except Exception as e:
        print(type(e).__name__, e)
class Order:
    def __iter__(self):
        print("iter first")
        return iter([1])
    def __len__(self):
        print("then len")
        return 1
print(tuple(Order()), list(Order()))
for e in ["list(range(2**62))", "tuple(range(2**62))", "[*range(2**62)]", "'a'*(2**62)", "'ab'*(2**62)", "list(range(-sys.maxsize, sys.maxsize))"]:
    try:
        eval(e)
    except Exception as ex:
        print(e, type(ex).__name__, ex)
