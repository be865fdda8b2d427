# list.__init__ in a subclass with its own __new__ passes keywords through; list comparison
# sees lists an item's __eq__ resized; an exact tuple/bytes/str times 1 is itself; enumerate,
# zip, map, filter and reversed can be subclassed (pickling names the subclass).
class subclass_with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2], newarg=3); print(u, u.newarg, type(u).__name__)
try:
    list([1], newarg=3)
except TypeError as e:
    print(e)
class subclass_with_init(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
print(subclass_with_init([5], newarg=4).newarg)
class X:
    def __eq__(self, other): list2.clear(); return NotImplemented
class Y:
    def __eq__(self, other): list1.clear(); return NotImplemented
list1 = [X()]; list2 = [Y()]
print(list1 == list2, list1, list2)
list1 = [X(), 1]; list2 = [Y(), 2]
print(list1 != list2, list1 < list2, list1, list2)
class Grow:
    def __eq__(self, other): other_list.append(9); return False
other_list = [1, 2]
print([Grow(), 3] == other_list, other_list, [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9])
t = (1, 2); b = b'ab'; s = 'xy'
print(t * 1 is t, t * True is t, b * 1 is b, s * 1 is s, t * 2, (t * 0) == ())
class T(tuple): pass
tt = T((1,)); print(type(tt * 1).__name__, tt * 1 is tt)
class E(enumerate):
    def __next__(self): return ('x',) + super().__next__()
print(list(E('ab', 5)), E('a').__reduce__()[0].__name__)
class R(reversed): pass
print(type(R([1, 2])).__name__, list(R('abc')), type(R('ab')).__name__)
class Z(zip):
    def __init__(self, *a, **k): self.extra = 1
z = Z('ab', 'cd', strict=True); print(list(z), z.extra)
class M(map): pass
class F(filter): pass
print(list(M(abs, [-1, -2])), list(F(None, [0, 1, 2])), isinstance(M(abs, []), map))
try:
    class C(type(iter(lambda: 1, 2))): pass
except TypeError as e:
    print(e)
