"""Pickling support registry (Ember's own implementation of `copyreg`).

`dispatch_table` maps types to reduction functions (used by pickle and copy), the helpers
that object.__reduce_ex__ refers to (`__newobj__`, `__newobj_ex__`, `_reconstructor`,
`_reduce_ex`, `_slotnames`), and the extension-code registry.
"""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register `pickle_function` as the reduction function for instances of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    """`int | str` is rebuilt as typing.Union[int, str] (the same type in 3.14)."""
    import operator
    try:
        from typing import Union
    except ImportError:
        Union = type(obj)
    return operator.getitem, (Union, obj.__args__)


try:
    _union_type = type(int | str)
except TypeError:   # a runtime whose types do not support X | Y yet
    _union_type = None
if _union_type is not None:
    pickle(_union_type, pickle_union)


# ---------------------------------------------------------------------------------------------
# Support for object.__reduce_ex__ with protocols 0 and 1

_HEAPTYPE = 1 << 9      # Py_TPFLAGS_HEAPTYPE: a class created by a class statement
_builtin_new_type = type(int.__new__)


def _reconstructor(cls, base, state):
    """Rebuild an instance of `cls` whose built-in base class `base` holds `state`."""
    if base is object:
        return object.__new__(cls)
    instance = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(instance, state)
    return instance


def _builtin_base(cls):
    """The first class in the MRO that is built in (or defines a built-in __new__)."""
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            return base
        new = base.__new__
        if isinstance(new, _builtin_new_type) and new.__self__ is base:
            return base
    return object


def _reduce_ex(self, proto):
    """The reduction of object.__reduce_ex__ for protocols below 2."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f'cannot pickle {cls.__name__!r} object')
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, '__slots__', None):
            raise TypeError(f'cannot pickle {cls.__name__!r} object: a class that defines '
                            f'__slots__ without defining __getstate__ cannot be pickled '
                            f'with protocol {proto}') from None
        try:
            instance_dict = self.__dict__
        except AttributeError:
            instance_dict = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, '__slots__', None):
            raise TypeError('a class that defines __slots__ without defining __getstate__ '
                            'cannot be pickled')
        instance_dict = getstate()
    if instance_dict:
        return _reconstructor, args, instance_dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names mangled), cached in
    cls.__slotnames__; '__dict__' and '__weakref__' are left out."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            if '__slots__' not in klass.__dict__:
                continue
            slots = klass.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = klass.__name__.lstrip('_')
                    names.append(f'_{stripped}{name}' if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass    # a built-in or otherwise read-only class
    return names


# ---------------------------------------------------------------------------------------------
# Extension codes (pickle's EXT opcodes)

_extension_registry = {}     # (module, name) -> code
_inverted_registry = {}      # code -> (module, name)
_extension_cache = {}        # code -> object


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f'key {key} is already registered with code '
                         f'{_extension_registry[key]}')
    if code in _inverted_registry:
        raise ValueError(f'code {code} is already in use for key {_inverted_registry[code]}')
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f'key {key} is not registered with code {code}')
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
