# Behaviour found by running CPython's test_set/test_tuple/test_slice/test_bool against Ember.
import pickle
import warnings

# A set used as a key of in / discard / remove is looked up as a frozenset, subclasses too.
class Letters(set):
    pass

pool = {frozenset("ab"), frozenset("cd")}
print(Letters("ab") in pool, set("cd") in pool, set("zz") in pool)
pool.discard(set("ab"))
print(sorted("".join(sorted(f)) for f in pool))
pool.remove(Letters("cd"))
print(pool)
missing = Letters("xy")
try:
    pool.remove(missing)
except KeyError as e:
    print("KeyError keeps the key itself:", e.args[0] is missing)

# frozenset and tuple leave keyword arguments to a subclass's own __init__.
class Tagged(frozenset):
    def __init__(self, items, tag=None):
        self.tag = tag

t = Tagged([3, 1], tag="x")
print(sorted(t), t.tag, type(t).__name__)

class Pair(tuple):
    def __init__(self, items, label=""):
        self.label = label

p = Pair("ab", label="L")
print(p, p.label)
for cls in (frozenset, tuple):
    try:
        cls([], tag=1)
    except TypeError as e:
        print("TypeError", e)

class Plain(tuple):
    pass

try:
    Plain([], tag=1)
except TypeError as e:
    print("TypeError", e)

# tuple() of a list subclass goes through the subclass's __iter__.
class Reversed(list):
    def __iter__(self):
        return iter(self[::-1])

print(tuple(Reversed([1, 2, 3])), tuple([1, 2, 3]))

# set iterators pickle as iter(list of the elements still to come).
it = iter({10, 20, 30})
first = next(it)
fn, args = it.__reduce__()
print(fn is iter, sorted(args[0] + [first]))
clone = pickle.loads(pickle.dumps(it))
print(sorted(list(clone) + [first]), sorted(list(it) + [first]))
print(it.__reduce__()[1])

# a set subclass with __slots__ pickles its slot values and its __dict__.
class Slotted(set):
    __slots__ = ("x", "y", "__dict__")

s = Slotted([1, 2])
s.x = ["x"]
s.z = "z"
print(s.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    dup = pickle.loads(pickle.dumps(s, proto))
    print(proto, sorted(dup), dup.x, dup.z, hasattr(dup, "y"))
print(set([5]).__reduce__(), frozenset().__reduce__())

# slice.indices works with lengths and bounds of any size.
big = 2 ** 100
print(slice(None).indices(big))
print(slice(None, None, -1).indices(big))
print(slice(-big, big, 3).indices(10), slice(-3, None, -big).indices(big))
print(slice(5, -5).indices(big), slice(big * 2, None, -2).indices(big))
for bad in (slice(0, 1, 0), slice("a", 1)):
    try:
        bad.indices(big)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1).indices(-big)
except ValueError as e:
    print("ValueError", e)

# ~ on a bool warns (DeprecationWarning) and inverts the int.
flag = True
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(~flag, ~(not flag), ~int(flag))
print([(w.category.__name__, str(w.message)[:40]) for w in caught])
