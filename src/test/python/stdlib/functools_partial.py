import functools
from functools import partial, partialmethod, reduce
import operator

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

def f(*args, **kwargs):
    return args, kwargs

def clean(text):
    return text.replace(hex(id(f)), "ID")

# reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3], 10), reduce(operator.add, [], 7))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(operator.add, ["x"]), reduce(operator.add, iter("abc")))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
attempt("empty", reduce, operator.add, [])
attempt("not iterable", reduce, operator.add, 5)
attempt("not callable", reduce, 1, [1, 2])
print(reduce(operator.add, [5], None) if False else "skip")
def raiser(a, b):
    raise KeyError("inner")
attempt("raising fn", reduce, raiser, [1, 2])
print(reduce(raiser, [1]))

# partial
p = partial(f, 1, x=2)
print(p(), p(3, y=4), p(x=9), clean(repr(p)), p.func is f, p.args, p.keywords)
q = partial(p, 3, y=4)
print(q.func is f, q.args, q.keywords, clean(repr(q)))
p.attr = 1
q = partial(p, 3)
print(q.func is f, q.args, q(), q.func is p)
class P(partial):
    pass
print(clean(repr(P(f, 1))), type(P(f, 1)).__name__)
q = P(partial(f, 1), 2)
print(q.func is f, q.args, type(q).__name__)
q = partial(P(f, 1), 2)
print(q.func is f, q.args, type(q).__name__)
print(clean(repr(partial(f, "a", b=[1]))), clean(repr(partial(f))))
print(clean(repr(partial(f, **{"k": "v"}))))
attempt("no args", partial)
attempt("not callable", partial, 1)
attempt("only keywords", partial, func=f)
empty_kw = partial(f)
print(empty_kw.keywords, empty_kw.args, empty_kw(1, a=2))
base = partial(int, base=2)
print(base("1010"), base("12", base=10))
attempt("readonly", setattr, p, "func", None)
print(p.attr, p.__dict__)
rp = partial(f)
rp_self = partial(f, rp)
print(clean(repr(rp_self)).count("functools.partial"))
s = partial(sorted, key=len)
print(s(["ccc", "a", "bb"]), s(["ccc", "a"], key=None))
print(partial(f, 1).__reduce__()[1][0] is f, partial(f, 1, a=2).__reduce__()[2][1:])
state_target = partial(f)
state_target.__setstate__((f, (1, 2), {"z": 3}, {"extra": 1}))
print(state_target(), state_target.extra)
attempt("setstate list", state_target.__setstate__, [f, (), {}, {}])
attempt("setstate short", state_target.__setstate__, (f, ()))
attempt("setstate bad", state_target.__setstate__, (1, (), {}, {}))
attempt("setstate bad args", state_target.__setstate__, (f, [1], {}, {}))
print(partial[int])

# partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, extra=None):
        self.state = (state, extra)
        return self
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra="x")
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make_one = partialmethod(make, 1)
    @staticmethod
    def static(a, b):
        return ("static", a, b)
    static_one = partialmethod(static, 1)
    nested = partialmethod(partialmethod(set_state, "n"), extra="e")
    called = partialmethod(f, "pm")
c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_alive(extra=5).state)
print(Cell.make_one(2), c.make_one(3), c.static_one(2), Cell.static_one(3))
print(c.nested().state, Cell.nested.__name__ if hasattr(Cell.nested, "__name__") else "-")
args, kwargs = c.called(1, k=2)
print(args[0] is c, args[1:], kwargs)
print(Cell.set_alive(c).state)
print(clean(repr(Cell.__dict__["called"])))
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod(<function Cell.set_state at"))
print(Cell.__dict__["nested"].args, Cell.__dict__["nested"].keywords)
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def method(self, a):
        pass
    partial_abstract = partialmethod(method, 1)
print(Abstract.__dict__["partial_abstract"].__isabstractmethod__, sorted(Abstract.__abstractmethods__))
bound = c.set_alive
print(type(bound).__name__, bound.__self__ is c)

# update_wrapper / wraps
def original(a, b: int = 1) -> str:
    "original doc"
    return "orig"
original.custom = "attr"
@functools.wraps(original)
def wrapper(*args, **kwargs):
    return original(*args, **kwargs)
print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__, wrapper.__annotations__,
      wrapper.custom, wrapper.__wrapped__ is original, wrapper(1))
def other():
    pass
functools.update_wrapper(other, original, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__, hasattr(other, "custom"), other.__wrapped__ is original)
class Callable:
    def __call__(self):
        pass
obj = Callable()
def w2():
    pass
functools.update_wrapper(w2, obj)
print(w2.__name__, w2.__wrapped__ is obj, w2.__doc__)
# 3.14 assigns '__annotate__' where 3.13 assigned '__annotations__': functools_wraps_py314.py
print([name for name in functools.WRAPPER_ASSIGNMENTS if not name.startswith("__annot")],
      functools.WRAPPER_UPDATES)
def generic_t[T](x: T) -> T:
    return x
@functools.wraps(generic_t)
def wrapped_t(x):
    return x
print(wrapped_t.__type_params__)

# copying and pickling
import copy
import pickle
pp = partial(max, 1, key=abs)
pp.note = "n"
for clone in [copy.copy(pp), copy.deepcopy(pp), pickle.loads(pickle.dumps(pp))]:
    print(type(clone).__name__, clone.func is max, clone.args, clone.keywords, clone.note, clone(-5))
@functools.lru_cache
def cached_module_level(x):
    return x + 1
print(pickle.loads(pickle.dumps(cached_module_level)) is cached_module_level, copy.deepcopy(cached_module_level) is cached_module_level)
