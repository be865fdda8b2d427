"""Shallow and deep copy operations (Ember's own copy module).

copy(x) makes a new compound object holding the same references as x; deepcopy(x) copies
recursively, using a memo dict (id of original -> copy) so that shared and self-referencing
structures are copied once. Classes take part through __copy__(self), __deepcopy__(self, memo),
or the pickle protocol (__reduce_ex__ / __reduce__, plus __setstate__), and copy.replace()
uses __replace__.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]

try:
    from copyreg import dispatch_table
except ImportError:          # copyreg is optional: without it only __reduce_ex__ is used
    dispatch_table = {}


class Error(Exception):
    pass


error = Error   # backward-compatible alias


def _function():
    pass


class _Holder:
    def method(self):
        pass


_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)
_MethodType = type(_Holder().method)

try:
    from _weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None

# complex and bytes, on a runtime that has them (Ember is growing them).
import builtins as _builtins
_OPTIONAL_ATOMIC = [t for t in (getattr(_builtins, 'complex', None), getattr(_builtins, 'bytes', None))
                    if t is not None]

# Values of these types are immutable (or are identities), so they are their own copies.
_IMMUTABLE_TYPES = [
    _NoneType, int, float, bool, str, tuple, frozenset, type, range,
    slice, property, _BuiltinFunctionType, _EllipsisType, _NotImplementedType,
    _FunctionType, _CodeType, *_OPTIONAL_ATOMIC,
]
_ATOMIC_FOR_DEEPCOPY = [
    _NoneType, _EllipsisType, _NotImplementedType, int, float, bool, str,
    _CodeType, type, range, _BuiltinFunctionType, _FunctionType, property, *_OPTIONAL_ATOMIC,
]
if _weakref_type is not None:
    _IMMUTABLE_TYPES.append(_weakref_type)
    _ATOMIC_FOR_DEEPCOPY.append(_weakref_type)


def _copy_immutable(x):
    return x


_shallow_copiers = {t: _copy_immutable for t in _IMMUTABLE_TYPES}
_shallow_copiers[list] = list.copy
_shallow_copiers[dict] = dict.copy
_shallow_copiers[set] = set.copy
try:
    _shallow_copiers[bytearray] = bytearray.copy
except NameError:  # a runtime without bytearray yet
    pass


def _reduce(x, copy_kind):
    """The reduce tuple for x (or a str: x is a global and copies as itself)."""
    cls = type(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(f"un({copy_kind})copyable object of type {cls}")


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _shallow_copiers.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x        # classes are copied as themselves
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x, "shallow")
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    key = id(x)
    if memo is None:
        memo = {}
    else:
        found = memo.get(key, _nil)
        if found is not _nil:
            return found

    cls = type(x)
    copier = _deep_copiers.get(cls)
    if copier is not None:
        result = copier(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            result = copier(memo)
        else:
            reduced = _reduce(x, "deep")
            if isinstance(reduced, str):
                result = x
            else:
                result = _reconstruct(x, memo, *reduced)

    # An object that is its own copy is not memoized.
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    result = []
    memo[id(x)] = result        # before the items, so that self-references find it
    append = result.append
    for item in x:
        append(deepcopy(item, memo))
    return result


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple cannot contain itself directly, but an item may have reached it through a
    # mutable container that is now in the memo.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {t: _deepcopy_atomic for t in _ATOMIC_FOR_DEEPCOPY}
_deep_copiers[list] = _deepcopy_list
_deep_copiers[tuple] = _deepcopy_tuple
_deep_copiers[dict] = _deepcopy_dict
_deep_copiers[_MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that its id cannot be reused by a new
    object while the memo is alive (which would make memo lookups find a wrong copy)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Builds a copy of x from the parts of its reduce tuple (deep when memo is given)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    result = func(*args)
    if deep:
        memo[id(x)] = result

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(result, state)

    if listiter is not None:
        for item in listiter:
            result.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            result[key] = value
    return result


def _set_state(obj, state):
    if hasattr(obj, '__setstate__'):
        obj.__setstate__(state)
        return
    # The default state is a __dict__ mapping, or a pair (dict or None, slot values).
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_state = state
    if state is not None:
        obj.__dict__.update(state)
    if slot_state is not None:
        for name, value in slot_state.items():
            setattr(obj, name, value)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or frozen dataclasses.
    """
    cls = obj.__class__
    replacer = getattr(cls, '__replace__', None)
    if replacer is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return replacer(obj, **changes)
