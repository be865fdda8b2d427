# PEP 649/749 lazy annotations in the runtime: __annotate__ and __annotations__ of functions, classes and modules. Recorded with CPython 3.14.
import sys
import types


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


def f(x: int, y: "str" = 1) -> list[int]: pass
print(f.__annotate__ is not None, f.__annotate__.__name__, f.__annotations__)
print(f.__annotations__ is f.__annotations__, f.__annotate__(1), f.__annotate__(2))
attempt("annotate(3)", lambda: f.__annotate__(3))
attempt("annotate(4)", lambda: f.__annotate__(4))
calls = []


def counted(a: calls.append('evaluated') or int): pass
print(calls)
print(counted.__annotations__, calls)
print(counted.__annotations__, calls)


def late(a: Later) -> Later: pass
attempt("late too early", lambda: late.__annotations__)
Later = float
print(late.__annotations__)


class C:
    a: int
    b: "undefined"
    c: Later = 3
    def m(self) -> None: pass
print(C.__annotations__, C.c)
print(type(C.__annotate__), C.__annotate__.__name__, C.__annotate__.__qualname__)
print('__annotations__' in C.__dict__, '__annotate__' in C.__dict__, '__annotate_func__' in C.__dict__)
print(C.__annotations__ is C.__annotations__, '__annotations_cache__' in C.__dict__)
print(C.m.__annotations__)


class D: pass
print(D.__annotations__, D.__annotate__)


class E(C): pass
print(E.__annotations__, E.__annotate__)
attempt("int.__annotations__", lambda: int.__annotations__)
attempt("int.__annotate__", lambda: int.__annotate__)
attempt("C.__annotate__ = 3", lambda: setattr(C, '__annotate__', 3))
attempt("del C.__annotate__", lambda: delattr(C, '__annotate__'))
K = type('K', (), {})
K.__annotations__ = {'r': 1}
print(K.__annotations__, K.__annotate__, sorted(k for k in K.__dict__ if 'anno' in k))
del K.__annotations__
print(K.__annotations__, sorted(k for k in K.__dict__ if 'anno' in k))
attempt("del again", lambda: delattr(K, '__annotations__') or delattr(K, '__annotations__'))


class L:
    x: int
    def __annotate__(fmt): return {'y': fmt}
print(L.__annotations__)
K.__annotate__ = lambda fmt: {'z': fmt}
print(K.__annotations__)
K.__annotate__ = lambda fmt: 5
attempt("non-dict from class annotate", lambda: K.__annotations__)


def g(): pass
print(g.__annotations__, g.__annotate__)
g.__annotations__ = {'a': 1}
print(g.__annotations__, g.__annotate__)
g.__annotations__ = None
print(g.__annotations__)
attempt("g.__annotations__ = 5", lambda: setattr(g, '__annotations__', 5))
attempt("g.__annotate__ = 5", lambda: setattr(g, '__annotate__', 5))
attempt("del g.__annotate__", lambda: delattr(g, '__annotate__'))
h = lambda: 0
h.__annotate__ = lambda fmt: {'z': fmt}
print(h.__annotations__)
h.__annotate__ = lambda fmt: [fmt]
attempt("non-dict from function annotate", lambda: h.__annotations__)
del h.__annotations__
print(h.__annotations__, h.__annotate__)
print(f.__type_params__, C.__type_params__, type.__type_params__ if False else '')
x: int = 3
y: "foo"
if x > 100:
    never: str
mod = sys.modules[__name__]
print(mod.__annotations__, __annotate__(1))
attempt("module annotate(3)", lambda: __annotate__(3))
n = types.ModuleType('n')
print(n.__annotations__, n.__annotate__, '__annotations__' in n.__dict__)
n.__annotate__ = lambda fmt: {'b': 2}
print('__annotations__' in n.__dict__, n.__annotations__)
del n.__annotations__
attempt("del twice", lambda: delattr(n, '__annotations__'))
attempt("del module annotate", lambda: delattr(n, '__annotate__'))
attempt("module annotate = 5", lambda: setattr(n, '__annotate__', 5))
src = "from __future__ import annotations\ndef f(x: int, y: list[str]) -> None: pass\nclass C:\n    a: dict[str, int]\nz: a.b\n"
ns = {}
exec(src, ns)
print(ns['f'].__annotations__, ns['C'].__annotations__, ns['__annotations__'], '__annotate__' in ns)
import __future__
print(__future__.annotations, __future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.all_feature_names, __future__.division.getMandatoryRelease())
def f(): pass
for v in [(1,), None, [1]]:
    try:
        f.__type_params__ = v; print(f.__type_params__)
    except Exception as e: print(type(e).__name__, e)
class C: pass
for v in [(1,), None]:
    try:
        C.__type_params__ = v; print(C.__type_params__)
    except Exception as e: print(type(e).__name__, e)
try: del C.__type_params__
except Exception as e: print(type(e).__name__, e)
print(C.__type_params__)
try: del f.__type_params__
except Exception as e: print(type(e).__name__, e)
try: int.__type_params__ = ()
except Exception as e: print(type(e).__name__, e)
print(int.__type_params__, type.__type_params__, object.__type_params__)
