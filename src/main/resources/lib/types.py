"""Names for the interpreter's built-in types, and dynamic class creation (Python 3.14 API),
written for Ember. Each type is reached from a value of that type; types the runtime does not
have yet are absent rather than faked."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
def _native_namespace():
    # sys.implementation's type, when the runtime's is complete enough to construct with keywords
    try:
        t = type(sys.implementation)
        t(_probe=1)
        return t
    except (AttributeError, TypeError):
        return None


SimpleNamespace = _native_namespace()
if SimpleNamespace is None:  # the namespace type written here
    class SimpleNamespace:
        """A simple attribute-based namespace: SimpleNamespace(mapping_or_iterable=(), /, **kwargs)."""

        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            self.__dict__.update(dict(mapping_or_iterable))
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            if any(running is self for running in _repr_running):
                return f'{name}(...)'
            _repr_running.append(self)
            try:
                items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
            finally:
                _repr_running.pop()
            return f'{name}({items})'

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __replace__(self, /, **changes):
            result = type(self)(self.__dict__)
            result.__dict__.update(changes)
            return result

        def __reduce__(self):
            return type(self), (), dict(self.__dict__)

    SimpleNamespace.__module__ = 'types'
    _repr_running = []


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('member',)


MemberDescriptorType = type(_Slotted.__dict__['member'])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    _frame = getattr(_exc.__traceback__, 'tb_frame', None)
    if _frame is not None:
        FrameType = type(_frame)
    del _exc, _frame

del _f, _g, _C, _Slotted, _cell_factory, sys


# ---- dynamic class creation ----

def resolve_bases(bases):
    """Replaces the bases that define __mro_entries__ by what that method returns (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived metaclass among meta and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these parts."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would; exec_body(ns) fills the namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """A property on instances; on the class, attribute access goes to the metaclass's
    __getattr__ (so an instance attribute and a class attribute can share a name)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc and fget is not None else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel)


def coroutine(func):
    """Marks a generator function as usable with await (the generator-based coroutine decorator)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and hasattr(code, 'co_flags'):
        if code.co_flags & 0x180:  # already a coroutine or an async generator
            return func
        if code.co_flags & 0x20:  # a generator function: mark its code iterable-coroutine
            try:
                func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
                return func
            except (AttributeError, TypeError):
                pass
            try:  # Ember: a function's __code__ is read-only; the flag goes on the code itself
                import _opcode
                _opcode._ember_mark_iterable_coroutine(code)
                return func
            except (ImportError, AttributeError):
                pass
    return func


class GenericAlias:
    """C[X, ...]: a parameterized generic (PEP 585). Calls and attribute access go to the origin."""

    def __init__(self, origin, args, /):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        params = []
        for arg in self.__args__:
            for p in getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ():
                if p not in params:
                    params.append(p)
            if hasattr(arg, '__typing_subst__') and arg not in params:
                params.append(arg)
        self.__parameters__ = tuple(params)
        self.__unpacked__ = False

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__') and name not in ('__doc__', '__module__', '__name__', '__qualname__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        def show(arg):
            if arg is ...:
                return '...'
            if isinstance(arg, list):
                return '[' + ', '.join(show(a) for a in arg) + ']'
            if isinstance(arg, type) and not isinstance(arg, GenericAlias):
                if arg.__module__ == 'builtins':
                    return arg.__qualname__
                return f'{arg.__module__}.{arg.__qualname__}'
            return repr(arg)
        args = ', '.join(show(a) for a in self.__args__) if self.__args__ else '()'
        return f'{show(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return NotImplemented

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


# The runtime's own types, where it has them.
try:
    GenericAlias = type(list[int])
except TypeError:  # builtin types not subscriptable yet: the class above stands in
    pass
try:
    UnionType = type(int | str)
except TypeError:  # no PEP 604 unions yet
    pass
try:
    async def _coroutine():
        pass
    _value = _coroutine()
    CoroutineType = type(_value)
    _value.close()

    async def _async_generator():
        yield
    AsyncGeneratorType = type(_async_generator())
    del _coroutine, _async_generator, _value
except Exception:  # async functions not supported by this runtime yet
    pass
