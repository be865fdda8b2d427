import reprlib
from array import array
from collections import deque

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", result)

r = reprlib.repr
values = [
    "short", "x" * 100, "quote's \"mixed\" " * 5, "\n" * 40, "é" * 40, "",
    12345, 10 ** 50, -10 ** 60, 3.5, None, True,
    (), (1,), (1, 2), tuple(range(10)), [], [1], list(range(20)), [[[[[[[[1]]]]]]]],
    {}, {1: 2}, {i: str(i) for i in range(10)}, {"b": 1, "a": 2, 3: 4},
    set(), {3, 1, 2}, set(range(20)), {(0,)}, {1: "int", "b": "str", 3j: "complex"}, frozenset(), frozenset(range(10)),
    deque(), deque(range(3)), deque(range(10)),
    array('i'), array('i', [1, 2]), array('d', range(10)),
    range(100), b"bytes" * 20, object,
]
for value in values:
    print(r(value))
print(r([1, (2, [3, {4: (5, [6, [7]])}])]))
print(r({"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}))

class Broken:
    def __repr__(self):
        raise RuntimeError("boom")
print(r(Broken()).startswith("<Broken instance at 0x"))
class Long:
    def __repr__(self):
        return "L" * 100
print(r(Long()), r([Long()]))

a = reprlib.Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset, a.maxfrozenset, a.maxdeque,
      a.maxstring, a.maxlong, a.maxother, a.fillvalue, a.indent)
a.maxlevel = 2
a.maxlist = 3
a.maxstring = 10
a.maxlong = 8
a.maxother = 12
a.fillvalue = "<>"
print(a.repr([1, [2, [3, [4]]], 3, 4]), a.repr("abcdefghijklmnop"), a.repr(123456789012345), a.repr(Long()))
print(a.repr({1: {2: {3: 4}}}), a.repr(((((1,),),),)), a.repr(set()), a.repr([]))
b = reprlib.Repr(maxstring=3, maxlong=2, maxother=1, maxdict=0, maxlist=0, maxlevel=0)
print(b.repr("abcdef"), b.repr(12345), b.repr(Long()), b.repr({1: 2}), b.repr([1]), b.repr([]), b.repr((1,)))
c = reprlib.Repr(maxstring=4)
print(c.repr("a\nbcdefgh"), c.repr("ab"), c.repr("abcde"))

for indent in [None, 0, 2, "--", "", -1, 2.5]:
    ir = reprlib.Repr(indent=indent)
    attempt(repr(indent), ir.repr, [1, [2, 3], {"a": (4,), "b": []}, (5,)])
print(reprlib.Repr(indent=4, maxlevel=2).repr([[1, [2]], 3]))
print(reprlib.Repr(indent=1).repr([]), reprlib.Repr(indent=1).repr((1,)))

class MyRepr(reprlib.Repr):
    def repr_str(self, x, level):
        return "S" + str(len(x))
    def repr_TextIOWrapper(self, x, level):
        return "<file>"
print(MyRepr().repr(["abc", ("de",)]))

class Spaced:
    pass
Spaced.__name__ = "with space"
class HandlesSpace(reprlib.Repr):
    def repr_with_space(self, x, level):
        return "handled"
print(HandlesSpace().repr(Spaced()))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))

class Other:
    def __init__(self):
        self.me = self
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        "doc of repr"
        return f"Other({self.me!r})"
o = Other()
print(repr(o), Other.__repr__.__name__, Other.__repr__.__qualname__, Other.__repr__.__doc__,
      Other.__repr__.__wrapped__.__name__, Other.__repr__.__module__)
print(reprlib.aRepr.maxlevel, reprlib.repr is not None, sorted(reprlib.__all__))
