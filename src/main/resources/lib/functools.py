"""Higher-order functions and operations on callable objects (Ember's own functools module)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property', 'Placeholder']

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr

try:
    from _thread import RLock as _RLock
except ImportError:                 # no threads: a lock that does nothing
    class _RLock:
        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            return False


RLock = _RLock              # CPython's functools exposes the name (test_functools uses it)



class _SomeClass:
    def method(self):
        pass


try:
    GenericAlias = type(list[int])
except TypeError:  # a runtime whose builtin types are not subscriptable yet
    from types import GenericAlias
_MethodType = type(_SomeClass().method)
_MappingProxyType = type(type.__dict__)
try:
    _UnionType = type(int | str)
except TypeError:  # a runtime without PEP 604 unions yet: no value can be one
    class _UnionType:
        pass


################################################################################
### update_wrapper() and wraps(): make a wrapper look like the wrapped function
################################################################################

def _probe():
    pass


# With lazily evaluated annotations (Python 3.14, PEP 649) a function's annotations come
# from its __annotate__ function, which is what a wrapper must copy; before that, the
# __annotations__ dict itself is copied.
_ANNOTATIONS_ATTRIBUTE = '__annotate__' if hasattr(_probe, '__annotate__') else '__annotations__'
del _probe

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       _ANNOTATIONS_ATTRIBUTE, '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function.

    Attributes in `assigned` are copied when the wrapped object has them; the
    dicts named in `updated` are updated from the wrapped object's. `__wrapped__`
    is set last, so that it refers to `wrapped` even if it was copied from it.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

# Each derived comparison calls the given one through the type (as the
# operators do) and passes NotImplemented through.

def _gt_from_lt(self, other):
    """Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."""
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    """Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."""
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    """Return a >= b.  Computed by @total_ordering from (not a < b)."""
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    """Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."""
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    """Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."""
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    """Return a > b.  Computed by @total_ordering from (not a <= b)."""
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    """Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."""
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    """Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."""
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    """Return a <= b.  Computed by @total_ordering from (not a > b)."""
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    """Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."""
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    """Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."""
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    """Return a < b.  Computed by @total_ordering from (not a >= b)."""
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


# For each operation a class may define: how to derive the three others.
_DERIVED_COMPARISONS = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    defined = {name for name in _DERIVED_COMPARISONS
               if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)     # prefer __lt__, then __le__, __gt__, __ge__
    for name, function in _DERIVED_COMPARISONS[root]:
        if name not in defined:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


################################################################################
### cmp_to_key
################################################################################

class _KeyWrapper:
    """What cmp_to_key() returns: called with an object, it gives a key that orders
    objects by the comparison function."""

    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _KeyWrapper(mycmp)


try:
    from _functools import cmp_to_key
except ImportError:
    pass


################################################################################
### reduce
################################################################################

_NO_INITIAL = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial], /) -> value

    Apply a function of two arguments cumulatively to the items of an iterable, from
    left to right, so as to reduce the iterable to a single value. initial may also be
    given by keyword (since 3.14).
    """
    given = len(args) + len(kwargs)
    if given > 3:
        raise TypeError(f"reduce() takes at most 3 arguments ({given} given)")
    for name in kwargs:
        if name != 'initial':
            raise TypeError(f"reduce() got an unexpected keyword argument '{name}'")
    if len(args) < 2:
        raise TypeError(f"reduce() takes at least 2 positional arguments ({len(args)} given)")
    initial = args[2] if len(args) == 3 else kwargs.get('initial', _NO_INITIAL)
    function, iterable = args[0], args[1]
    try:
        iterator = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _NO_INITIAL:
        for value in iterator:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for item in iterator:
        value = function(value, item)
    return value


try:
    from _functools import reduce
except ImportError:
    pass


################################################################################
### partial and partialmethod
################################################################################

class _PlaceholderType:
    """The type of the Placeholder singleton.

    Used as a placeholder for partial arguments: partial(f, Placeholder, 2)(1) calls
    f(1, 2).
    """

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("PlaceholderType takes no arguments")
        global Placeholder
        try:
            return Placeholder
        except NameError:       # creating the singleton itself
            return object.__new__(cls)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"type '{__name__}._PlaceholderType' is not an acceptable base type")

    def __repr__(self):
        return 'Placeholder'

    def __reduce__(self):
        return 'Placeholder'


Placeholder = _PlaceholderType()


def _check_placeholders(args, keywords):
    """Checks stored partial arguments; returns the number of Placeholders in args."""
    if args and args[-1] is Placeholder:
        raise TypeError("trailing Placeholders are not allowed")
    for value in keywords.values():
        if value is Placeholder:
            raise TypeError("Placeholder cannot be passed as a keyword argument")
    return sum(1 for arg in args if arg is Placeholder)


def _merge_arguments(stored, placeholder_count, given):
    """The stored positional arguments with their Placeholders replaced, in order, by
    the first given arguments, followed by the remaining given arguments."""
    if not placeholder_count:
        return stored + given
    if len(given) < placeholder_count:
        raise TypeError("missing positional arguments in 'partial' call; "
                        f"expected at least {placeholder_count}, got {len(given)}")
    fillers = iter(given)
    merged = tuple(next(fillers) if arg is Placeholder else arg for arg in stored)
    return merged + given[placeholder_count:]


class _ReadOnly:
    """A read-only attribute stored in a private slot (as the C partial's are)."""

    def __init__(self, slot, doc):
        self.slot = slot
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.slot.__get__(obj, objtype)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class partial:
    """Create a new function with partial application of the given arguments
    and keywords.
    """

    __slots__ = ('_func', '_args', '_keywords', '_placeholder_count',
                 '__dict__', '__weakref__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError(f"type '{cls.__name__}' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError("the first argument must be callable")
        _check_placeholders(args, keywords)
        # A partial of a plain partial (one with no attributes of its own) is
        # flattened into one partial of the underlying function; the new arguments
        # fill the inner one's Placeholders first.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and not func.__dict__:
            inner_count = func._placeholder_count
            if len(args) < inner_count:
                args = args + (Placeholder,) * (inner_count - len(args))
            args = _merge_arguments(func._args, inner_count, args)
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        self._placeholder_count = _check_placeholders(args, keywords)
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*_merge_arguments(self._args, self._placeholder_count, args),
                          **keywords)

    def __get__(self, obj, objtype=None):
        # Since Python 3.14 a partial binds like a function when it is a class attribute.
        if obj is None:
            return self
        return _MethodType(self, obj)

    @recursive_repr()
    def __repr__(self):
        cls = type(self)
        parts = [repr(self._func)]
        parts.extend(repr(arg) for arg in self._args)
        parts.extend(f"{key}={value!r}" for key, value in self._keywords.items())
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args,
                                           self._keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (keywords is not None and not isinstance(keywords, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        # An exact dict is kept as is (copy.copy(p).keywords is p.keywords, as in CPython)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        self._placeholder_count = _check_placeholders(args, keywords)
        self._func = func
        self._args = args
        self._keywords = keywords
        self.__dict__.clear()
        if namespace is not None:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


# Public read-only views of the private slots.
partial.func = _ReadOnly(partial._func, "function object to use in future partial calls")
partial.args = _ReadOnly(partial._args, "tuple of arguments to future partial calls")
partial.keywords = _ReadOnly(partial._keywords,
                             "dictionary of keyword arguments to future partial calls")


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"the first argument {func!r} must be a callable or a descriptor")
        _check_placeholders(args, keywords)
        if isinstance(func, partialmethod):
            # Flatten: the outer arguments fill the inner Placeholders, then follow.
            inner_count = _check_placeholders(func.args, func.keywords)
            if len(args) < inner_count:
                args = args + (Placeholder,) * (inner_count - len(args))
            self.func = func.func
            self.args = _merge_arguments(func.args, inner_count, args)
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords
        self._placeholder_count = _check_placeholders(self.args, self.keywords)

    def __repr__(self):
        cls = type(self)
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self,
                             *_merge_arguments(self.args, self._placeholder_count, args),
                             **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.__partialmethod__ = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor bound itself (a method, classmethod, ...):
                # apply the stored arguments to what it gave.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


################################################################################
### lru_cache and cache
################################################################################

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _CacheKey(list):
    """A cache key that hashes its items once, however often the cache looks it up."""

    __slots__ = ('hashvalue',)

    def __init__(self, items):
        self[:] = items
        self.hashvalue = hash(tuple(items))

    def __hash__(self):
        return self.hashvalue


# Separates positional from keyword arguments in a key: f(1, 2) and f(1, b=2) differ.
_KEYWORD_MARK = (object(),)


# The builtins _make_key uses are bound as defaults: a program may replace builtins.len by a
# cached len, and the cache's own code must not call back into itself (CPython's guarantee).
def _make_key(args, kwds, typed, len=len, type=type, tuple=tuple, int=int, str=str):
    """A hashable key for a call's arguments (and their types if typed)."""
    key = args
    if kwds:
        key += _KEYWORD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(value) for value in args)
        if kwds:
            key += tuple(type(value) for value in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]       # hashing these is cheap and safe: no wrapper needed
    return _CacheKey(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound; 0 turns caching off. If typed
    is true, arguments of different types are cached separately (f(3) and f(3.0)).
    The wrapper has cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments: maxsize is the function.
        user_function, maxsize = maxsize, 128
        return _decorate_with_cache(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate_with_cache(user_function, maxsize, typed)
    return decorating_function


def _decorate_with_cache(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def _lru_cache_wrapper(user_function, maxsize, typed):
    if maxsize == 0:
        return _uncached_wrapper(user_function)
    if maxsize is None:
        return _unbounded_wrapper(user_function, typed)
    return _bounded_wrapper(user_function, maxsize, typed)


def _uncached_wrapper(user_function):
    misses = 0

    def wrapper(*args, **kwds):
        nonlocal misses
        misses += 1
        return user_function(*args, **kwds)

    def cache_info():
        return _CacheInfo(0, misses, 0, 0)

    def cache_clear():
        nonlocal misses
        misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def _unbounded_wrapper(user_function, typed):
    cache = {}
    hits = misses = 0
    missing = object()
    lock = _RLock()

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        key = _make_key(args, kwds, typed)
        result = cache.get(key, missing)
        if result is not missing:
            with lock:
                hits += 1
            return result
        with lock:
            misses += 1
        result = user_function(*args, **kwds)
        cache[key] = result
        return result

    def cache_info():
        with lock:
            return _CacheInfo(hits, misses, None, cache.__len__())

    def cache_clear():
        nonlocal hits, misses
        with lock:
            cache.clear()
            hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


# Links of the recency list in the bounded cache: [previous, next, key, result].
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


def _bounded_wrapper(user_function, maxsize, typed):
    """A cache of at most maxsize entries that evicts the least recently used one.

    The dict maps keys to links of a circular doubly linked list ordered from least
    to most recently used, so that both a hit and an eviction cost O(1).
    """
    cache = {}
    hits = misses = 0
    lock = _RLock()
    root = []
    root[:] = [root, root, None, None]

    def unlink(link):
        previous, following = link[_PREV], link[_NEXT]
        previous[_NEXT] = following
        following[_PREV] = previous

    def append_most_recent(link):
        last = root[_PREV]
        link[_PREV] = last
        link[_NEXT] = root
        last[_NEXT] = link
        root[_PREV] = link

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        key = _make_key(args, kwds, typed)
        with lock:
            link = cache.get(key)
            if link is not None:
                unlink(link)
                append_most_recent(link)
                hits += 1
                return link[_RESULT]
            misses += 1
        result = user_function(*args, **kwds)
        with lock:
            if key in cache:
                # A recursive call or another thread cached this key meanwhile.
                pass
            else:
                if cache.__len__() >= maxsize:
                    oldest = root[_NEXT]
                    unlink(oldest)
                    del cache[oldest[_KEY]]
                link = [None, None, key, result]
                append_most_recent(link)
                cache[key] = link
        return result

    def cache_info():
        with lock:
            return _CacheInfo(hits, misses, maxsize, cache.__len__())

    def cache_clear():
        nonlocal hits, misses
        with lock:
            cache.clear()
            root[:] = [root, root, None, None]
            hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### singledispatch
################################################################################

def _c3_merge(sequences):
    """Merges linearizations with the C3 rule: repeatedly take the first head that
    appears in no other sequence's tail."""
    result = []
    sequences = [list(sequence) for sequence in sequences]
    while True:
        sequences = [sequence for sequence in sequences if sequence]
        if not sequences:
            return result
        for sequence in sequences:
            candidate = sequence[0]
            if not any(candidate in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(candidate)
        for sequence in sequences:
            if sequence[0] == candidate:
                del sequence[0]


def _c3_mro(cls, abcs=None):
    """The C3 linearization of cls, with the given abstract base classes inserted where
    cls (or a base) is the class that introduces them: issubclass(cls, abc) holds but
    not for any of its direct bases. ABCs implemented implicitly come after the last
    explicitly listed ABC base."""
    bases = cls.__bases__
    boundary = 0
    for index in range(len(bases) - 1, -1, -1):
        if hasattr(bases[index], '__abstractmethods__'):
            boundary = index + 1
            break
    abcs = list(abcs) if abcs else []
    explicit_bases = list(bases[:boundary])
    other_bases = list(bases[boundary:])
    introduced = [abc for abc in abcs
                  if issubclass(cls, abc) and not any(issubclass(base, abc) for base in bases)]
    for abc in introduced:
        abcs.remove(abc)
    return _c3_merge(
        [[cls]]
        + [_c3_mro(base, abcs) for base in explicit_bases]
        + [_c3_mro(base, abcs) for base in introduced]
        + [_c3_mro(base, abcs) for base in other_bases]
        + [explicit_bases, introduced, other_bases])


def _compose_mro(cls, types):
    """The MRO of cls extended with those of `types` (registered classes) that cls is a
    virtual subclass of, such as ABCs it implements without inheriting them."""
    in_mro = set(cls.__mro__)
    related = [typ for typ in types
               if typ not in in_mro and hasattr(typ, '__mro__')
               and not isinstance(typ, GenericAlias) and issubclass(cls, typ)]
    # Classes that are bases of other related classes come in through those.
    related = [typ for typ in related
               if not any(typ is not other and typ in other.__mro__ for other in related)]
    related_set = set(related)
    ordered = []
    for typ in related:
        # Subclasses of typ that cls also implements fix the order between ABCs.
        chains = [[base for base in sub.__mro__ if base in related_set]
                  for sub in typ.__subclasses__()
                  if sub not in in_mro and issubclass(cls, sub)]
        if not chains:
            ordered.append(typ)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for base in chain:
                if base not in ordered:
                    ordered.append(base)
    return _c3_mro(cls, abcs=ordered)


def _find_impl(cls, registry):
    """The implementation registered for the first class of cls's extended MRO that has
    one. Two unrelated implicit ABCs matching equally well make the choice ambiguous."""
    match = None
    for typ in _compose_mro(cls, registry.keys()):
        if match is not None:
            if (typ in registry and typ not in cls.__mro__
                    and match not in cls.__mro__ and not issubclass(match, typ)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {typ}")
            break
        if typ in registry:
            match = typ
    return registry.get(match)


def _union_members(cls):
    """The classes of a union type (int | str or typing.Union[...]), or None if cls is
    not a union."""
    if isinstance(cls, _UnionType):
        return cls.__args__
    if type(cls).__module__ == 'typing':
        from typing import Union, get_args, get_origin
        if get_origin(cls) is Union:
            return get_args(cls)
    return None


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(member, type) for member in members)


def _first_annotation(func):
    """(name, type) of the first annotation of func, resolving string annotations."""
    try:
        from typing import get_type_hints
    except ImportError:
        hints = dict(func.__annotations__)
    else:
        hints = get_type_hints(func)
    return next(iter(hints.items()))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    try:
        from weakref import WeakKeyDictionary
        dispatch_cache = WeakKeyDictionary()      # must not keep classes alive
    except ImportError:
        dispatch_cache = {}
    # The ABC cache token when ABCs are registered: registering a virtual subclass
    # anywhere changes it, and then cached dispatch results may be stale.
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            implementation = registry[cls]
        except KeyError:
            implementation = _find_impl(cls, registry)
        dispatch_cache[cls] = implementation
        return implementation

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        members = _union_members(cls)
        for member in (members if members is not None else (cls,)):
            registry[member] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            method = dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance's
    __dict__ (where later lookups find it first, as it is a non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            namespace = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = namespace.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                namespace[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f"instance does not support item assignment for caching "
                                f"{self.attrname!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
