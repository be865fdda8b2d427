# __index__ (slicing, range, bin/hex, operator.index semantics) and __format__.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
L = list(range(10))
print(L[I(2)], L[I(1):I(4)], "abcdef"[I(3)], range(I(3)), L[-I(1)] if False else "")
print([1, 2] * I(2), "ab" * I(3), (1,) * I(2))
try:
    L[I("x")]
except TypeError as e:
    print(e)
class Bad:
    def __index__(self): return 1.5
try:
    L[Bad()]
except TypeError as e:
    print(e)
try:
    L[1.5]
except TypeError as e:
    print(e)
print(range(10)[I(2):I(8):I(2)], int(I(7)) if hasattr(I, "__int__") else "no __int__")

class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F(), "xyz"), f"{F():>10}", "{:abc}".format(F()), f"{F()}")
class NoFormat: pass
nf = NoFormat()
print(format(nf, "") == str(nf))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
class StrSub(str):
    def __format__(self, spec): return "sub:" + spec
print(f"{StrSub('a'):q}", format(3.5, "08.2f"), format(42, "#x"), format("s", "^5"))
class R:
    def __repr__(self): return "R!"
    def __str__(self): return "S!"
print(f"{R()!r} {R()!s} {R()}", "%s %r" % (R(), R()), str(R()), repr(R()))
