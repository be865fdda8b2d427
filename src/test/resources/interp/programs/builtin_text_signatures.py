# recorded with CPython 3.14: __text_signature__ of builtin functions, methods, slot wrappers and types, and inspect.signature on them
import inspect, math, itertools, collections, operator, functools
objs = [len, str.split, dict.get, sorted, print, "a".join, [].append, dict.fromkeys, {}.fromkeys,
        object.__init__, int.__add__, (1).__add__, object, int, type, math.sqrt, math.log, itertools.count,
        str.maketrans, bytes.fromhex, list.__init__, dict.__init__, iter, next, getattr, divmod,
        max, min, range, dict.pop, list.sort, object.__reduce_ex__, object.__getattribute__, str.__getitem__,
        collections.deque.append, operator.add, functools.reduce, math.hypot, int.to_bytes, int.from_bytes,
        str.__new__, object.__new__, type.__call__, list.__len__, [].__len__, set.union, frozenset, isinstance,
        round, pow, open, repr, hash, id, bytes.decode, bytearray.extend, float.__round__, complex.conjugate]
for o in objs:
    sig = getattr(o, '__text_signature__', 'MISSING')
    try:
        s = str(inspect.signature(o))
    except (ValueError, TypeError) as e:
        s = type(e).__name__ + ': ' + str(e).split(' at 0x')[0]
    print(repr(o).split(' at 0x')[0], '|', sig, '|', s)
class C: pass
class D:
    def __init__(self, a, b=2): pass
print(C.__text_signature__, D.__text_signature__, inspect.signature(D))
print([t.__name__ for t in (type(len), type(str.split), type(object.__init__), type((1).__add__), type(dict.__dict__['fromkeys']), type)
       if '__text_signature__' in dir(t)])
sig = inspect.signature(str.split)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()])
print(inspect.signature("x".split).bind(None, 2).arguments)
