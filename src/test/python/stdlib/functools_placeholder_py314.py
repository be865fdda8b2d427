# Python 3.14 additions to functools: Placeholder in partial/partialmethod, and
# partial objects binding as methods. Recorded with CPython 3.14.
import copy
import functools
import re
from functools import partial, partialmethod, Placeholder as P

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", re.sub("0x[0-9a-f]+", "0x?", repr(result)))

def f(*args, **kwargs):
    return args, kwargs

print(P, repr(P), type(P).__name__, bool(P), P.__reduce__(), type(P)() is P, copy.copy(P) is P, copy.deepcopy(P) is P)
attempt("PlaceholderType args", type(P), 1)
p = partial(f, P, 2, P, 4, k=1)
print(p(1, 3), p(1, 3, 5), p.args, p.keywords)
attempt("repr", repr, p)
attempt("missing one", p, 1)
attempt("missing all", p)
attempt("trailing", partial, f, 1, P)
attempt("only placeholder", partial, f, P)
attempt("keyword placeholder", partial, f, x=P)
attempt("flatten fill one", lambda: partial(p, 9)(8))
attempt("flatten fill both", lambda: partial(p, 9, 10)())
print(partial(p, 9, 10).args, partial(p, P, 10).args, partial(p, 9, 10, 11).args, partial(p, P, 10)(7))
attempt("flatten trailing", partial, p, 9, P)
attempt("two placeholders", lambda: partial(f, P, P, 3)(1, 2))
attempt("placeholder keyword call", lambda: partial(f, P, 1)(k=2))
q = partial(f)
attempt("setstate trailing", q.__setstate__, (f, (P,), None, None))
q.__setstate__((f, (P, 1), None, None))
attempt("after setstate", q, 0)
attempt("after setstate missing", q)

class Greeter:
    def greet(self, greeting, name, punctuation="!"):
        return f"{greeting}, {name}{punctuation}"
    hello = partialmethod(greet, "Hello")
    to_bob = partialmethod(greet, P, "Bob")
g = Greeter()
print(g.hello("Ann"), g.to_bob("Hi"), g.to_bob("Yo", punctuation="?"), Greeter.to_bob(g, "Hey"))
attempt("partialmethod missing", g.to_bob)
attempt("partialmethod trailing", partialmethod, Greeter.greet, P)

# partial is a method descriptor in 3.14
class Holder:
    method = partial(f, "bound-first")
h = Holder()
args, kwargs = h.method(1)
print(args[0], args[1] is h, args[2:], Holder.method(2), Holder.__dict__["method"].__get__(None, Holder) is Holder.__dict__["method"])
print("Placeholder" in functools.__all__)
