"""Container datatypes (Ember's own collections package).

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* ChainMap     dict-like class for creating a single view of multiple mappings
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values
* UserDict     wrapper around dictionary objects for easier dict subclassing
* UserList     wrapper around list objects for easier list subclassing
* UserString   wrapper around string objects for easier string subclassing

deque and defaultdict come from the `_collections` module when the runtime has one
(implemented natively); otherwise the pure-Python versions below are used.
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys

from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from operator import itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr

try:
    _GenericAlias = type(list[int])
except TypeError:  # a runtime whose builtin types are not subscriptable yet
    from types import GenericAlias as _GenericAlias


def _bound_new(typename, field_names, field_defaults, tuple_new):
    """A namedtuple __new__ without eval: binds positional and keyword arguments to the fields
    with the messages of a function whose parameters are the field names."""
    count = len(field_names)

    def __new__(_cls, *args, **kwargs):
        if len(args) > count:
            raise TypeError(f"{typename}.__new__() takes {count + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        for name in kwargs:
            if name not in field_names:
                raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
            if field_names.index(name) < len(args):
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
        missing = []
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            names = [f"'{m}'" for m in missing]
            listed = names[0] if len(names) == 1 else ', '.join(names[:-1]) + ' and ' + names[-1]
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional "
                            f"argument{'s' if len(missing) > 1 else ''}: {listed}")
        return tuple_new(_cls, values)
    return __new__


def _as_index(value, subscript=False):
    """value as an int, through __index__, with the error of a subscript (d[x]) or of
    an integer argument."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        if subscript:
            raise TypeError(f"sequence index must be integer, not '{type(value).__name__}'")
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


################################################################################
### deque (pure-Python fallback)
################################################################################

# The native deque's "not found" messages changed in Python 3.14; the fallback speaks
# like the native deque of the Python version it runs on.
if _sys.version_info >= (3, 14):
    def _not_in_deque(method, value):
        return ValueError(f"deque.{method}(x): x not in deque")
else:
    def _not_in_deque(method, value):
        return ValueError(f"{value!r} is not in deque")


class _PyDeque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.

    The items live in a circular buffer (a list whose length is a power of two), so
    that appends and pops at both ends and indexing are O(1).
    """

    __slots__ = ('_buffer', '_head', '_size', '_maxlen', '_mutations', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._reset()
        self._maxlen = None
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._size:
            self.clear()
        self.extend(iterable)

    def _reset(self, capacity=8):
        self._buffer = [None] * capacity
        self._head = 0
        self._size = 0
        # Counts changes, so that iterators notice a deque mutated under them.
        self._mutations = getattr(self, '_mutations', 0) + 1

    def _slot(self, index):
        return (self._head + index) & (len(self._buffer) - 1)

    def _grow_if_full(self):
        if self._size < len(self._buffer):
            return
        items = list(self._ordered_items())
        self._buffer = items + [None] * len(items)
        self._head = 0

    def _ordered_items(self):
        buffer = self._buffer
        mask = len(buffer) - 1
        head = self._head
        for index in range(self._size):
            yield buffer[(head + index) & mask]

    def _replace_items(self, items):
        capacity = 8
        while capacity < len(items):
            capacity *= 2
        mutations = self._mutations
        self._buffer = list(items) + [None] * (capacity - len(items))
        self._head = 0
        self._size = len(items)
        self._mutations = mutations + 1

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- the four ends ---------------------------------------------------------

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._grow_if_full()
        self._buffer[self._slot(self._size)] = x
        self._size += 1
        self._mutations += 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        self._grow_if_full()
        self._head = (self._head - 1) & (len(self._buffer) - 1)
        self._buffer[self._head] = x
        self._size += 1
        self._mutations += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        slot = self._slot(self._size - 1)
        item = self._buffer[slot]
        self._buffer[slot] = None
        self._size -= 1
        self._mutations += 1
        return item

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        item = self._buffer[self._head]
        self._buffer[self._head] = None
        self._head = (self._head + 1) & (len(self._buffer) - 1)
        self._size -= 1
        self._mutations += 1
        return item

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.appendleft(item)

    # -- whole-deque operations ------------------------------------------------

    def clear(self):
        """Remove all elements from the deque."""
        self._reset()

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        return sum(1 for item in self if item is value or item == value)

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        size = self._size
        start, stop = _as_index(start), _as_index(stop)
        if start < 0:
            start = max(0, start + size)
        if stop < 0:
            stop = max(0, stop + size)
        for index in range(start, min(stop, size)):
            item = self._buffer[self._slot(index)]
            if item is value or item == value:
                return index
        raise _not_in_deque('index', value)

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(_as_index(index), value)
        self._replace_items(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for index, item in enumerate(self):
            if item is value or item == value:
                del self[index]
                return
        raise _not_in_deque('remove', value)

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._replace_items(list(reversed(self)))

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        n = _as_index(n)
        size = self._size
        if size <= 1:
            return
        n %= size
        if n <= size // 2:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(size - n):
                self.append(self.popleft())

    # -- sequence protocol -----------------------------------------------------

    def __len__(self):
        return self._size

    def _check_index(self, index):
        index = _as_index(index, subscript=True)
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        return self._buffer[self._slot(self._check_index(index))]

    def __setitem__(self, index, value):
        self._buffer[self._slot(self._check_index(index))] = value

    def __delitem__(self, index):
        index = self._check_index(index)
        items = list(self)
        del items[index]
        self._replace_items(items)

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def __iter__(self):
        return self._iterate(range(self._size))

    def __reversed__(self):
        return self._iterate(range(self._size - 1, -1, -1))

    def _iterate(self, indexes):
        mutations = self._mutations
        for index in indexes:
            if self._mutations != mutations:
                raise RuntimeError("deque mutated during iteration")
            yield self._buffer[self._slot(index)]
        if self._mutations != mutations:
            raise RuntimeError("deque mutated during iteration")

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({list(self)!r})'
        return f'{name}({list(self)!r}, maxlen={self._maxlen})'

    # -- comparisons and arithmetic --------------------------------------------

    def _compare(self, other, compare):
        if not isinstance(other, _PyDeque):
            return NotImplemented
        return compare(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, _PyDeque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            f'to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _times(self, count):
        if not hasattr(type(count), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type "
                            f"'{type(count).__name__}'")
        return _as_index(count)

    def __mul__(self, count):
        result = self.copy()
        result *= count
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        count = self._times(count)
        items = list(self)
        if count <= 0:
            self.clear()
        else:
            for _ in range(count - 1):
                self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), getattr(self, '__dict__', None), iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


_PyDeque.__name__ = _PyDeque.__qualname__ = 'deque'


################################################################################
### defaultdict (pure-Python fallback)
################################################################################

_factory_reprs_running = set()


class _PyDefaultDict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        # dict.__repr__ shows a recursive reference to the dict itself as {...}; only
        # the factory's repr needs its own guard.
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        elif id(factory) in _factory_reprs_running:
            factory_repr = '...'
        else:
            _factory_reprs_running.add(id(factory))
            try:
                factory_repr = repr(factory)
            finally:
                _factory_reprs_running.discard(id(factory))
        return f'{type(self).__name__}({factory_repr}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory_args = () if self.default_factory is None else (self.default_factory,)
        return type(self), factory_args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    __class_getitem__ = classmethod(_GenericAlias)


_PyDefaultDict.__name__ = _PyDefaultDict.__qualname__ = 'defaultdict'


class _PyTupleGetter:
    # The descriptor of a named tuple field: reads item `index` of the tuple.
    # (No class docstring: each instance has its own __doc__ slot.)

    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance[self.index]
        except IndexError:
            raise IndexError("tuple index out of range") from None

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'{type(self).__name__}({self.index}, {self.__doc__!r})'

    def __reduce__(self):
        return type(self), (self.index, self.__doc__)


_PyTupleGetter.__name__ = _PyTupleGetter.__qualname__ = '_tuplegetter'


try:
    from _collections import deque
except ImportError:
    deque = _PyDeque
_collections_abc.MutableSequence.register(deque)

try:
    from _collections import defaultdict
except ImportError:
    defaultdict = _PyDefaultDict

try:
    from _collections import _tuplegetter
except ImportError:
    _tuplegetter = _PyTupleGetter


################################################################################
### OrderedDict
################################################################################

class _OrderedDictViewMixin:
    """Views of an OrderedDict: reversible, with reprs that list the items."""

    __slots__ = ()

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'

    def __reversed__(self):
        raise NotImplementedError


class _OrderedDictKeysView(_OrderedDictViewMixin, _collections_abc.KeysView):
    __slots__ = ()

    def __reversed__(self):
        yield from reversed(self._mapping)


class _OrderedDictValuesView(_OrderedDictViewMixin, _collections_abc.ValuesView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield mapping[key]


class _OrderedDictItemsView(_OrderedDictViewMixin, _collections_abc.ItemsView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield (key, mapping[key])


for _view, _name in ((_OrderedDictKeysView, 'odict_keys'),
                     (_OrderedDictValuesView, 'odict_values'),
                     (_OrderedDictItemsView, 'odict_items')):
    _view.__name__ = _view.__qualname__ = _name
del _view, _name


class OrderedDict(dict):
    """Dictionary that remembers insertion order.

    Ember's dicts keep insertion order themselves, so the order of an OrderedDict is
    its dict order; what OrderedDict adds is reordering (move_to_end, popitem from
    either end) and order-sensitive equality between OrderedDicts.
    """

    def __init__(self, other=(), /, **kwds):
        self.__update(other, **kwds)

    def __iter__(self):
        try:
            yield from dict.__iter__(self)
        except RuntimeError:
            raise RuntimeError("OrderedDict mutated during iteration") from None

    def __reversed__(self):
        try:
            yield from dict.__reversed__(self)
        except RuntimeError:
            raise RuntimeError("OrderedDict mutated during iteration") from None

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        key = next(dict.__reversed__(self)) if last else next(dict.__iter__(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)     # raises KeyError(key) if missing
        if last:
            dict.__setitem__(self, key, value)
            return
        # A dict can only append: rebuild with the key first.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other_key, other_value in rest:
            dict.__setitem__(self, other_key, other_value)

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedDictKeysView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedDictValuesView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedDictItemsView(self)

    update = __update = _collections_abc.MutableMapping.update

    def pop(self, key, *default):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

        If the key is not found, return the default if given; otherwise,
        raise a KeyError.
        """
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        return dict.pop(self, key, *default)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default.
        """
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({dict(self.items())!r})'

    def __reduce__(self):
        'Return state information for pickling'
        state = self.__getstate__() if hasattr(self, '__getstate__') else None
        return self.__class__, (), state or None, None, iter(self.items())

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        """
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


def _install_java_methods(cls, factory_name):
    """Replaces methods of cls with the Java ones _collections makes for it, where it has them."""
    try:
        import _collections
    except ImportError:
        return
    factory = getattr(_collections, factory_name, None)
    if factory is not None:
        for name, method in factory(cls).items():
            setattr(cls, name, method)


# popitem and move_to_end in Java (the hot methods of an LRU cache)
_install_java_methods(OrderedDict, "_odict_methods")


################################################################################
### namedtuple
################################################################################

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = getattr(_sys, 'intern', str)(str(typename))

    if rename:
        _rename_invalid_fields(field_names)
    _validate_names(typename, field_names, rename)

    field_names = tuple(map(getattr(_sys, 'intern', str), field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    field_defaults = _field_defaults(field_names, defaults)

    tuple_new = tuple.__new__
    # __new__ is compiled from source so that it has a real signature with the field
    # names as parameters (and Python's own messages for missing or extra arguments).
    namespace = {'_tuple_new': tuple_new, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    try:
        __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace)
    except NameError:  # a runtime without eval yet: bind the arguments by hand
        __new__ = _bound_new(typename, field_names, field_defaults, tuple_new)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = tuple(field_defaults.values())

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    repr_format = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_format % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '__replace__': _replace,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = getattr(_sys, 'intern', str)(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    # Pickling needs __module__ to name the module that created the class: the caller.
    if module is None:
        module = _caller_module_name()
    if module is not None:
        result.__module__ = module
    return result


def _caller_module_name():
    """The __name__ of the module that called namedtuple(), or None if unknown."""
    try:
        return _sys._getframemodulename(2) or '__main__'
    except AttributeError:
        pass
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _rename_invalid_fields(field_names):
    """Replaces invalid or duplicate field names by positional names '_<index>'."""
    seen = set()
    for index, name in enumerate(field_names):
        if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                or name in seen):
            field_names[index] = f'_{index}'
        seen.add(name)


def _validate_names(typename, field_names, rename):
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def _field_defaults(field_names, defaults):
    """Maps the last len(defaults) field names to their defaults."""
    if defaults is None:
        return {}
    defaults = tuple(defaults)
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')
    if not defaults:
        return {}
    return dict(zip(field_names[-len(defaults):], defaults))


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for element in iterable:
        mapping[element] = mapping_get(element, 0) + 1


try:
    from _collections import _count_elements
except ImportError:
    pass


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string
    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.
        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        Elements with equal counts are ordered in the order first encountered.
        '''
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.

        Elements are returned in the order first encountered; an element with a
        count less than one is ignored.
        '''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting the same element several times would be ambiguous here.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        '''
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for element, count in iterable.items():
                        self[element] = count + self_get(element, 0)
                else:
                    # Faster when there is nothing to add to.
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.
        '''
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for element, count in iterable.items():
                    self[element] = self_get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self_get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # Show the most common elements first.
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as they are.
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    # -- multiset comparisons: missing elements count as zero -----------------

    def _all_counts(self, other, compare):
        return all(compare(self[element], other[element])
                   for counter in (self, other) for element in counter)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _eq)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep only positive counts ---------------

    def __add__(self, other):
        '''Add counts from two counters.

        >>> Counter('abbb') + Counter('bcc')
        Counter({'b': 4, 'c': 2, 'a': 1})
        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            new_count = count + other[element]
            if new_count > 0:
                result[element] = new_count
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.

        >>> Counter('abbbc') - Counter('bccd')
        Counter({'b': 2, 'a': 1})
        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            new_count = count - other[element]
            if new_count > 0:
                result[element] = new_count
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.

        >>> Counter('abbb') | Counter('bcc')
        Counter({'b': 3, 'c': 2, 'a': 1})
        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            new_count = other_count if count < other_count else count
            if new_count > 0:
                result[element] = new_count
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.

        >>> Counter('abbb') & Counter('bcc')
        Counter({'b': 1})
        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            new_count = count if count < other_count else other_count
            if new_count > 0:
                result[element] = new_count
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [element for element, count in self.items() if not count > 0]
        for element in nonpositive:
            del self[element]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for element, other_count in other.items():
            count = self[element]
            if other_count > count:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.'''
        for element, count in self.items():
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.
    '''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.
        '''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]     # mappings may have their own __missing__
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, as a dict built by updating
        # from the last mapping to the first would have them.
        combined = {}
        for mapping in reversed(self.maps):
            combined |= dict.fromkeys(mapping)
        return iter(combined)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        'Create a new ChainMap with keys from iterable and values set to value.'
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        combined = dict(other)
        for mapping in reversed(self.maps):
            combined.update(mapping)
        return self.__class__(combined)


# __getitem__ in Java: a plain dict that lacks the key costs no KeyError
_install_java_methods(ChainMap, "_chainmap_methods")
del _install_java_methods


################################################################################
### UserDict
################################################################################

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class whose contents live in the real dict `self.data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        instance = self.__class__.__new__(self.__class__)
        instance.__dict__.update(self.__dict__)
        # The copy must not share the data dict.
        instance.__dict__["data"] = self.__dict__["data"].copy()
        return instance

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            result = copy.copy(self)
        finally:
            self.data = data
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


################################################################################
### UserList
################################################################################

class UserList(_collections_abc.MutableSequence):
    """A list-like class whose contents live in the real list `self.data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        instance = self.__class__.__new__(self.__class__)
        instance.__dict__.update(self.__dict__)
        # The copy must not share the data list.
        instance.__dict__["data"] = self.__dict__["data"][:]
        return instance

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


################################################################################
### UserString
################################################################################

class UserString(_collections_abc.Sequence):
    """A str-like class whose contents live in the real str `self.data`."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self.__cast(string)

    def __lt__(self, string):
        return self.data < self.__cast(string)

    def __le__(self, string):
        return self.data <= self.__cast(string)

    def __gt__(self, string):
        return self.data > self.__cast(string)

    def __ge__(self, string):
        return self.data >= self.__cast(string)

    def __contains__(self, char):
        return self.__cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # -- the str methods, delegated to self.data --------------------------------

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self.__cast(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self.__cast(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self.__cast(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self.__cast(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self.__cast(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self.__cast(old), self.__cast(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self.__cast(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self.__cast(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


def __getattr__(name):
    # CPython's startup imports collections.abc (site does), so `import collections` alone gives
    # collections.abc in every program; Ember imports the submodule on first use instead.
    if name == "abc":
        import collections.abc
        return collections.abc
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
