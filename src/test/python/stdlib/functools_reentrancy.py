# functools details test_functools checks: a cached builtins.len does not recurse into the
# cache's own code, copies keep partial's keywords dict, wraps copies the very name objects.
import builtins
import copy
import functools

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len('abcdefghijklmn'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]])
    print(builtins.len.cache_info())
finally:
    builtins.len = old_len

unbounded = functools.cache(lambda x: x * 2)
print(unbounded(3), unbounded(3), unbounded.cache_info())


def target(*args, **kwargs):
    return args, kwargs


p = functools.partial(target, 1, bar=[True])
q = copy.copy(p)
print(q.keywords is p.keywords, q.args is p.args, q(2))
r = copy.deepcopy(p)
print(r.keywords is p.keywords, r.keywords == p.keywords)


class KW(dict):
    pass


s = functools.partial(target)
s.__setstate__((target, (), KW(a=1), None))
print(type(s.keywords).__name__, s.keywords)


def f():
    """doc"""


@functools.wraps(f)
def wrapper():
    pass


print(wrapper.__name__ is f.__name__, wrapper.__qualname__ is f.__qualname__)
print(f.__name__ is f.__name__, wrapper.__name__, wrapper.__qualname__)
f.__name__ = 'renamed'
print(f.__name__, f.__name__ is f.__name__)
print(functools.RLock is not None)
