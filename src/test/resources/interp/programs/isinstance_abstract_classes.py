# isinstance/issubclass with objects that are not types but have a __bases__ tuple
# (the "abstract class" protocol), and the errors when they have none.

class Proxy:
    """Stands for a class: has __bases__, and instances report it as __class__."""
    def __init__(self, name, *bases):
        self.name = name
        self.__bases__ = bases

    def __repr__(self):
        return self.name


root = Proxy("root")
left = Proxy("left", root)
right = Proxy("right", root)
leaf = Proxy("leaf", left, right)


class Instance:
    def __init__(self, cls):
        self.cls = cls

    @property
    def __class__(self):
        return self.cls


print(issubclass(leaf, root), issubclass(left, right), issubclass(root, leaf))
print(issubclass(leaf, (int, right)))
print(isinstance(Instance(leaf), root), isinstance(Instance(root), leaf))
print(isinstance(Instance(left), (str, left)))


class NoBases:
    pass


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("arg 2 not a class:", isinstance, 1, NoBases())
attempt("arg 1 not a class:", issubclass, NoBases(), root)
attempt("arg 2 of issubclass:", issubclass, root, NoBases())
attempt("type arg 1, abstract arg 2:", issubclass, int, root)


class BasesNotTuple:
    __bases__ = [int]

attempt("__bases__ a list:", issubclass, BasesNotTuple(), root)


class BrokenBases:
    @property
    def __bases__(self):
        raise KeyError("no bases here")

# an error other than AttributeError is not masked
attempt("__bases__ raises:", issubclass, BrokenBases(), root)
attempt("__bases__ raises (arg 2):", isinstance, 1, BrokenBases())


class NoClass:
    def __getattribute__(self, name):
        if name == "__class__":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

# an instance without __class__ is an instance of no abstract class
attempt("no __class__:", isinstance, NoClass(), root)


class Wide:
    """Every __bases__ is two new objects of the same kind: recursion without end."""
    @property
    def __bases__(self):
        return (Wide(), Wide())

# (the message names whichever builtin call hit the limit first: only the type is compared)
try:
    issubclass(Wide(), root)
except RecursionError:
    print("endless bases: RecursionError")

nested = (int,)
for _ in range(100000):
    nested = (nested,)
attempt("deep tuple:", isinstance, 1, nested)
attempt("deep tuple (issubclass):", issubclass, bool, nested)
