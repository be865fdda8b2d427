import weakref
class S: __slots__ = ('a',)
class S2: __slots__ = ('a','__weakref__')
class S3(S2): __slots__ = ('b',)
class P: pass
class S4(P): __slots__ = ()
class L(list): __slots__ = ()
class St(set): __slots__ = ()
class E(Exception): __slots__ = ()
class E2(Exception): pass
for c in (S, S2, S3, P, S4, L, St, E, E2):
    try:
        r = weakref.ref(c()); print(c.__name__, 'ok', hasattr(c, '__weakref__'))
    except TypeError as e: print(c.__name__, e, hasattr(c, '__weakref__'))
try: weakref.proxy(S())
except TypeError as e: print(e)
