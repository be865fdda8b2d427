"""Ember's typing: the runtime side of type hints (PEP 484 and its successors), as CPython 3.14
shows it: special forms (Any, Optional, Literal, ClassVar, ...), generic aliases (List[int],
Callable[[int], str]), Generic and Protocol, NamedTuple, TypedDict, NewType, and the
introspection functions get_type_hints, get_origin and get_args.

TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and NoDefault come from _typing (the compiler's
PEP 695 code makes them too); Union is the builtin union type that `int | str` makes."""

from abc import abstractmethod, ABCMeta
import annotationlib as _annotationlib
import collections
from collections import defaultdict
import collections.abc
import copyreg
import functools
import operator
import sys
import types
from types import GenericAlias

from _typing import (
    TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, NoDefault,
)

_NoneType = type(None)
_Format = _annotationlib.Format
_ForwardRef = _annotationlib.ForwardRef
Union = type(int | str)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union',
    'AbstractSet', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs',
    'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
    'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'ByteString', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'evaluate_forward_ref', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_protocol_members', 'get_type_hints', 'is_protocol', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoDefault',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'ReadOnly', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeIs', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False
Text = str


# ---- helpers -------------------------------------------------------------------------------------

def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _caller(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _type_repr(obj):
    """How typing writes an argument: classes by qualified name, a list of them in brackets."""
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(item) for item in obj) + ']'
    return _annotationlib.type_repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for _NoneType and a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return _ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Checks that arg may be used as a type argument and converts None and strings."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_typevar_like(arg):
    return isinstance(arg, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(arg)


def _is_unpacked_typevartuple(arg):
    return (not isinstance(arg, type)
            and getattr(arg, '__typing_is_unpacked_typevartuple__', False))


def _collect_type_parameters(args, *, enforce_default_ordering=False):
    """The type variables in args (and in the aliases among them), each once, in order.

    For Generic[...] and Protocol[...] the defaults must come last, and none after a TypeVarTuple."""
    parameters = []
    default_seen = False
    type_var_tuple_seen = False
    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, (list, tuple)):
            for item in _collect_type_parameters(arg):
                if item not in parameters:
                    parameters.append(item)
        elif hasattr(arg, '__typing_subst__'):
            if arg in parameters:
                continue
            if enforce_default_ordering:
                if type_var_tuple_seen and arg.has_default():
                    raise TypeError('Type parameter with a default follows TypeVarTuple')
                if arg.has_default():
                    default_seen = True
                elif default_seen:
                    raise TypeError(f'Type parameter {arg!r} without a default follows '
                                    f'type parameter with a default')
            parameters.append(arg)
        else:
            if _is_unpacked_typevartuple(arg):
                type_var_tuple_seen = True
            for item in getattr(arg, '__parameters__', ()):
                if item not in parameters:
                    parameters.append(item)
    return tuple(parameters)


def _check_generic_specialization(cls, arguments):
    expected = len(cls.__parameters__)
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    actual = len(arguments)
    if actual != expected:
        if any(isinstance(p, TypeVarTuple) for p in cls.__parameters__):
            return
        raise TypeError(f"Too {'many' if actual > expected else 'few'} arguments for {cls};"
                        f" actual {actual}, expected {expected}")


def _deduplicate(params):
    unique = []
    for p in params:
        if p not in unique:
            unique.append(p)
    return unique


# ---- substitution hooks that _typing's TypeVar, ParamSpec and TypeVarTuple call ----------------

def _typevar_subst(self, arg):
    arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
    if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
            or (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False))):
        raise TypeError(f"{arg} is not valid as type argument")
    return arg


def _typevar_prepare_subst(self, alias, args):
    params = alias.__parameters__
    index = params.index(self)
    if index < len(args):
        return args
    if index == len(args) and self.has_default():
        return (*args, self.__default__)
    if index == len(args):
        raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, expected at least {index + 1}")
    return args


def _typevartuple_prepare_subst(self, alias, args):
    params = alias.__parameters__
    index = params.index(self)
    right = len(params) - index - 1
    if len(args) < index + right:
        raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, expected at least {index + right}")
    middle = tuple(args[index:len(args) - right])
    return (*args[:index], middle, *args[len(args) - right:])


def _paramspec_subst(self, arg):
    if isinstance(arg, (list, tuple)):
        return tuple(_type_check(a, "Expected a type.") for a in arg)
    if not _is_param_expr(arg):
        raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}")
    return arg


def _paramspec_prepare_subst(self, alias, args):
    params = alias.__parameters__
    index = params.index(self)
    if index == len(args) and self.has_default():
        args = (*args, self.__default__)
    if index >= len(args):
        raise TypeError(f"Too few arguments for {alias}")
    if len(params) == 1 and not _is_param_expr(args[0]):
        return (args,)  # C[int, str] stands for C[[int, str]]
    if isinstance(args[index], list):
        return (*args[:index], tuple(args[index]), *args[index + 1:])
    return args


# ---- the base of typing's own objects --------------------------------------------------------

class _Final:
    """Typing's internal classes cannot be subclassed outside typing."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwargs):
        if '_root' not in kwargs:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    """A typing object defined by what subscripting it does (ClassVar, Optional, Literal, ...)."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type (and every type with it)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _bare_form(name, doc):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


NoReturn = _bare_form('NoReturn', "The function never returns.")
Never = _bare_form('Never', "The bottom type: no value has it.")
Self = _bare_form('Self', "The type of the enclosing class's instances.")
LiteralString = _bare_form('LiteralString', "A str made only of literal strings.")
TypeAlias = _bare_form('TypeAlias', "Marks an explicit type alias.")


def _one_argument_form(name, doc, allow_special_forms=False, message='{form} accepts only single type.'):
    def getitem(self, parameters):
        item = _type_check(parameters, message.format(form=self, name=self._name),
                           allow_special_forms=allow_special_forms)
        return _GenericAlias(self, (item,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


ClassVar = _one_argument_form('ClassVar', "A class variable (not set on instances).", True)
Final = _one_argument_form('Final', "A name that cannot be re-assigned or overridden.", True)
_KEY_MESSAGE = '{name} accepts only a single type.'
Required = _one_argument_form('Required', "A TypedDict key that must be present.", message=_KEY_MESSAGE)
NotRequired = _one_argument_form('NotRequired', "A TypedDict key that may be absent.", message=_KEY_MESSAGE)
ReadOnly = _one_argument_form('ReadOnly', "A TypedDict key that cannot be changed.", message=_KEY_MESSAGE)
TypeGuard = _one_argument_form('TypeGuard', "A boolean function's guarantee about its argument.")
TypeIs = _one_argument_form('TypeIs', "A boolean function narrowing its argument's type.")


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is X | None."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


@_SpecialForm
def Literal(self, *parameters):
    """The type of the given literal values only: Literal[1, 'a']."""
    parameters = parameters[0] if len(parameters) == 1 else parameters
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    seen = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[int, P]: a parameter list that starts with the given types."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts] is *Ts."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


@_SpecialForm
def Annotated(self, *params):
    """Annotated[T, x, ...]: the type T with extra metadata."""
    params = params[0] if len(params) == 1 else params
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments"
                        " (a type and an annotation).")
    if _is_unpacked_typevartuple(params[0]):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


# ---- generic aliases ---------------------------------------------------------------------------

_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_defaults'})


class _BaseGenericAlias(_Final, _root=True):
    """What the aliases share: calling makes an origin instance, other attributes go to the origin."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in _ALIAS_OWN_ATTRS:
            super().__setattr__(attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__()
                        + [attr for attr in dir(self.__origin__) if not _is_dunder(attr)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Generic[T], C[int], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_type_parameters(
            args, enforce_default_ordering=origin in (Generic, Protocol))
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with(self._substitute(args))

    def _substitute(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(params)}")
        by_param = dict(zip(params, args))
        new_args = []
        for old in self.__args__:
            if isinstance(old, type):
                new_args.append(old)
                continue
            subst = getattr(old, '__typing_subst__', None)
            if subst is not None:
                new = subst(by_param[old])
            elif isinstance(old, (list, tuple)):
                new = type(old)(by_param.get(a, a) if not isinstance(a, type) else a for a in old)
            else:
                inner = getattr(old, '__parameters__', ())
                new = old[tuple(by_param[p] for p in inner)] if inner else old
            if self.__origin__ is collections.abc.Callable and isinstance(new, tuple) and old is self.__args__[0]:
                new_args.extend(new)  # Callable[P, T][[int], str]: the parameter list is flattened
            elif isinstance(new, tuple) and _is_unpacked_typevartuple(old):
                new_args.extend(new)  # *Ts stands for the types it was given
            else:
                new_args.append(new)
        return tuple(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__args__:
            inside = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            inside = '()'
        return f'{name}[{inside}]'

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__[0] if len(self.__args__) == 1 else self.__args__
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """The deprecated aliases of builtin and collections.abc classes: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._defaults and len(params) < self._nparams and len(params) + len(self._defaults) >= self._nparams:
            params = (*params, *self._defaults[len(params) - (self._nparams - len(self._defaults)):])
        if len(params) != self._nparams:
            expected = self._nparams
            if self._defaults:
                expected = f"at least {self._nparams - len(self._defaults)}"
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {expected}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[int, str], bool]: the argument types are kept flat in __args__."""

    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
                f'{_type_repr(args[-1])}]')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((..., result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with((*args, result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, ...))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg, = self.__args__
        if isinstance(arg, (_GenericAlias, GenericAlias)) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x]: behaves as T, keeps the metadata in __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


# ---- Generic and Protocol ------------------------------------------------------------------------

def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                            f"or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)
    for param in cls.__parameters__:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            params = prepare(cls, params)
    _check_generic_specialization(cls, params)
    new_args = []
    for param, new_arg in zip(cls.__parameters__, params):
        if isinstance(param, TypeVarTuple):
            new_args.extend(new_arg)
        else:
            new_args.append(new_arg)
    return _GenericAlias(cls, tuple(new_args))


def _generic_init_subclass(cls, *args, **kwargs):
    super(Generic, cls).__init_subclass__(*args, **kwargs)
    type_vars = []
    if '__orig_bases__' in cls.__dict__:
        plain_generic = Generic in cls.__orig_bases__
    else:
        plain_generic = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                         and type(cls) != _TypedDictMeta)
    if plain_generic:
        raise TypeError("Cannot inherit from plain Generic")
    if '__orig_bases__' in cls.__dict__:
        type_vars = _collect_type_parameters(cls.__orig_bases__)
        generic_vars = None
        for base in cls.__orig_bases__:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if generic_vars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                generic_vars = base.__parameters__
        if generic_vars is not None:
            missing = [t for t in type_vars if t not in generic_vars]
            if missing:
                s_vars = ', '.join(str(t) for t in missing)
                s_args = ', '.join(str(g) for g in generic_vars)
                raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
            type_vars = generic_vars
    cls.__parameters__ = tuple(type_vars)


class Generic:
    """The base of generic classes: `class C(Generic[T])` makes C[int] possible."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        _generic_init_subclass(cls, *args, **kwargs)


EXCLUDED_ATTRIBUTES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__', '__annotate__',
    '__annotate_func__', '__annotations_cache__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__', '__parameters__',
    '__orig_bases__', '__orig_class__', '_MutableMapping__marker',
})
# Ember's class dicts may also hold these; they are never protocol members
_PROTOCOL_EXCLUDED = EXCLUDED_ATTRIBUTES | {'__qualname__', '__classdictcell__'}

_PROTOCOL_ALLOWED_BASES = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
                        'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = _annotationlib.get_annotations(base, format=_Format.FORWARDREF)
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_EXCLUDED:
                attrs.add(attr)
    return attrs


def _reckless_checks_allowed(depth=3):
    return _caller(depth) in {'abc', 'functools', None}


class _ProtocolMeta(ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                allowed = (base in {object, Generic}
                           or base.__name__ in _PROTOCOL_ALLOWED_BASES.get(base.__module__, ())
                           or (issubclass(base, Generic) and getattr(base, '_is_protocol', False)))
                if not allowed:
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, '_is_protocol', False):
            cls.__protocol_attrs__ = _protocol_attrs(cls)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _reckless_checks_allowed():
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if cls.__non_callable_proto_members__ and cls.__dict__.get('__subclasshook__') is _proto_hook:
                members = ', '.join(map(repr, sorted(cls.__non_callable_proto_members__)))
                raise TypeError("Protocols with non-method members don't support issubclass()."
                                f" Non-method members: {members}.")
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False) and not _reckless_checks_allowed():
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, collections.abc.Mapping) and attr in annotations
                    and issubclass(other, Generic) and getattr(other, '_is_protocol', False)):
                break
        else:
            return NotImplemented
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class matches a protocol by having its members."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol (by the presence of its members)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member {attr!r} is a method member") from e
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


def is_protocol(tp):
    """Whether tp is a protocol class."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp != Protocol


def get_protocol_members(tp):
    """The members a protocol class requires, as a frozenset."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


# ---- the deprecated aliases ------------------------------------------------------------------------

_alias = _SpecialGenericAlias

Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3, defaults=(_NoneType, _NoneType))
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2, defaults=(_NoneType,))
Type = _alias(type, 1, inst=False, name='Type')
ByteString = _alias(collections.abc.ByteString, 0)


def _lazy_alias(name):
    """The aliases whose origins live in re and contextlib, made on first use (as CPython 3.14 does)."""
    if name in ('Pattern', 'Match'):
        import re
        return _alias(getattr(re, name), 1)
    if name in ('ContextManager', 'AsyncContextManager'):
        import contextlib
        origin = contextlib.AbstractContextManager if name == 'ContextManager' else contextlib.AbstractAsyncContextManager
        return _alias(origin, 2, name=name, defaults=(bool | None,))
    if name == 'ForwardRef':
        return _ForwardRef
    return None


def __getattr__(name):
    value = _lazy_alias(name)
    if value is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value

AnyStr = TypeVar('AnyStr', bytes, str)

# type variables of the generic aliases above, kept for code that imports them
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


# ---- the Supports* protocols -------------------------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs[T](Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T:
        pass


@runtime_checkable
class SupportsRound[T](Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T:
        pass


# ---- NamedTuple, TypedDict, NewType ----------------------------------------------------------------

_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                                    '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__annotate__',
                                 '__annotate_func__', '__annotations_cache__', '__qualname__',
                                 '__doc__', '__firstlineno__', '__static_attributes__',
                                 '__orig_bases__', '__classdictcell__'})


def _make_namedtuple(name, fields, module, defaults=()):
    fields = [(n, _type_check(t, f"field {n} annotation must be a type")) for n, t in fields]
    result = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    result.__annotations__ = dict(fields)
    return result


def _class_namespace_annotations(ns):
    annotate = _annotationlib.get_annotate_from_class_namespace(ns)
    if annotate is not None:
        return _annotationlib.call_annotate_function(annotate, _Format.FORWARDREF)
    return ns.get('__annotations__', {})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        if '__classcell__' in ns:
            raise TypeError("uses of super() and __class__ are unsupported in methods of NamedTuple subclasses")
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = _class_namespace_annotations(ns)
        default_names = []
        for field_name in fields:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        result = _make_namedtuple(typename, fields.items(), ns['__module__'],
                                  defaults=[ns[n] for n in default_names])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in result._fields:
                setattr(result, key, value)
        if Generic in bases:
            result.__bases__ = (tuple, Generic)
            result.__class_getitem__ = classmethod(_generic_class_getitem)
            result.__parameters__ = _collect_type_parameters(ns.get('__orig_bases__', ()))
        if '__orig_bases__' in ns:
            result.__orig_bases__ = ns['__orig_bases__']
        return result


_FIELDS_MISSING = object()


def _warn_fields(kind, typename, fields, empty):
    """3.14's deprecation of NamedTuple/TypedDict calls without a fields argument (or with None)."""
    import warnings
    if fields is _FIELDS_MISSING:
        start = "Failing to pass a value for the 'fields' parameter"
    else:
        start = "Passing `None` as the 'fields' parameter"
    example = f"`{typename} = {kind}({typename!r}, {empty})`"
    warnings.warn(f"{start} is deprecated and will be disallowed in Python 3.15. To create a {kind} "
                  f"class with 0 fields using the functional syntax, pass an empty "
                  f"{'list' if empty == '[]' else 'dictionary'}, e.g. {example}.",
                  DeprecationWarning, stacklevel=3)


def NamedTuple(typename, fields=_FIELDS_MISSING, /, **kwargs):
    """A typed collections.namedtuple: `class P(NamedTuple): x: int` or NamedTuple('P', [('x', int)])."""
    if fields is _FIELDS_MISSING or fields is None:
        if kwargs:
            import warnings
            warnings.warn("Creating NamedTuple classes using keyword arguments is deprecated and will be "
                          "disallowed in Python 3.15. Use the class-based or functional syntax instead.",
                          DeprecationWarning, stacklevel=2)
        else:
            _warn_fields('NamedTuple', typename, fields, '[]')
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    result = _make_namedtuple(typename, fields, _caller())
    result.__orig_bases__ = (NamedTuple,)
    return result


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


def _typeddict_qualifiers(annotation):
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = annotation.__origin__
        elif origin in (Required, NotRequired, ReadOnly):
            yield origin
            annotation = annotation.__args__[0]
        else:
            return


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        own = _class_namespace_annotations(ns)
        ns = {k: v for k, v in ns.items()
              if k not in ('__annotations__', '__annotate__', '__annotate_func__')}
        result = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        if not hasattr(result, '__orig_bases__'):
            result.__orig_bases__ = bases
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=result.__module__) for n, tp in own.items()}
        annotations = {}
        required, optional, readonly, mutable = set(), set(), set(), set()
        for base in bases:
            if base is Generic:
                continue
            annotations.update(getattr(base, '__annotations__', {}))
            required |= getattr(base, '__required_keys__', frozenset())
            optional |= getattr(base, '__optional_keys__', frozenset())
            readonly |= getattr(base, '__readonly_keys__', frozenset())
            mutable |= getattr(base, '__mutable_keys__', frozenset())
        annotations.update(own)
        for key, annotation in own.items():
            qualifiers = set(_typeddict_qualifiers(annotation))
            if Required in qualifiers:
                is_required = True
            elif NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
            if ReadOnly in qualifiers:
                if key in mutable:
                    raise TypeError(f"Cannot override mutable key {key!r} with read-only key")
                readonly.add(key)
            else:
                mutable.add(key)
                readonly.discard(key)
        result.__annotations__ = annotations
        result.__required_keys__ = frozenset(required)
        result.__optional_keys__ = frozenset(optional)
        result.__readonly_keys__ = frozenset(readonly)
        result.__mutable_keys__ = frozenset(mutable)
        result.__total__ = total
        return result

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=_FIELDS_MISSING, /, *, total=True):
    """A dict type with a fixed set of typed keys: `class Movie(TypedDict): title: str`."""
    if fields is _FIELDS_MISSING or fields is None:
        _warn_fields('TypedDict', typename, fields, '{}')
        fields = {}
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    result = _TypedDictMeta(typename, (), ns, total=total)
    result.__orig_bases__ = (TypedDict,)
    return result


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct name for a type, for the type checker: UserId = NewType('UserId', int)."""

    def __call__(self, *args, **kwargs):
        # CPython's NewType calls its C identity function (hence the name in the messages)
        if kwargs:
            raise TypeError("_typing._idfunc() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"_typing._idfunc() takes exactly one argument ({len(args)} given)")
        return args[0]

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- IO ------------------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """The generic base of TextIO and BinaryIO: the methods of an open file."""
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> list[AnyStr]:
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: list[AnyStr]) -> None:
        pass

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """An IO of bytes."""
    __slots__ = ()

    @abstractmethod
    def write(self, s: bytes | bytearray) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """An IO of str."""
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> str | None:
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# ---- functions -------------------------------------------------------------------------------------

def cast(typ, val):
    """Tells the type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks the type checker to confirm val's type; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Marks code the type checker should prove unreachable; raises if reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Asks the type checker for obj's type; at run time prints it to stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Declares one signature of an overloaded function (the implementation comes last, undecorated)."""
    f = getattr(func, '__func__', func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures registered for func, in definition order."""
    f = getattr(func, '__func__', func)
    module = getattr(f, '__module__', None)
    if module not in _overload_registry:
        return []
    by_name = _overload_registry[module]
    if f.__qualname__ not in by_name:
        return []
    return list(by_name[f.__qualname__].values())


def clear_overloads():
    """Forgets every registered overload."""
    _overload_registry.clear()


def final(f):
    """Marks a method or class final (no overriding, no subclassing) for the type checker."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Marks a method as overriding one of a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Tells the type checker to ignore the annotations of a function or class."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Deprecated: makes decorator apply no_type_check to what it decorates."""
    import warnings
    warnings._deprecated("typing.no_type_check_decorator", remove=(3, 15))

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(list[int]) is list; None if tp is not generic."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, Union):
        return Union
    return None


def _unflatten_callable_args(tp, args):
    return (tp.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and _is_param_expr(args[0])))


def get_args(tp):
    """The arguments of a subscripted type: get_args(dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        args = tp.__args__
        if _unflatten_callable_args(tp, args):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, Union):
        return tp.__args__
    return ()


def evaluate_forward_ref(forward_ref, *, owner=None, globals=None, locals=None, type_params=None,
                         format=None, _recursive_guard=frozenset()):
    """Evaluates a ForwardRef as a type hint (recursively, with typing's checks)."""
    if forward_ref.__forward_arg__ in _recursive_guard:
        return forward_ref
    if format is None:
        format = _Format.VALUE
    if format == _Format.STRING:
        return forward_ref.__forward_arg__
    value = forward_ref.evaluate(globals=globals, locals=locals, type_params=type_params,
                                 owner=owner, format=format)
    if isinstance(value, _ForwardRef):
        return value
    if isinstance(value, str):
        value = _ForwardRef(value, is_argument=forward_ref.__forward_is_argument__,
                           is_class=forward_ref.__forward_is_class__)
    value = _type_check(value, "Forward references must evaluate to types.",
                        is_argument=forward_ref.__forward_is_argument__,
                        allow_special_forms=forward_ref.__forward_is_class__)
    return _eval_type(value, globals, locals, type_params, _recursive_guard | {forward_ref.__forward_arg__},
                      format, owner)


def _eval_type(t, globalns, localns, type_params, recursive_guard=frozenset(), format=None, owner=None):
    """Evaluates the forward references in t, including those nested in generic aliases and unions."""
    if isinstance(t, _ForwardRef):
        return evaluate_forward_ref(t, globals=globalns, locals=localns, type_params=type_params,
                                    owner=owner, format=format, _recursive_guard=recursive_guard)
    if isinstance(t, (_GenericAlias, GenericAlias, Union)):
        args = t.__args__
        if isinstance(t, GenericAlias):
            args = tuple(_ForwardRef(a) if isinstance(a, str) else a for a in args)
        new_args = tuple(_eval_type(a, globalns, localns, type_params, recursive_guard, format, owner)
                         for a in args)
        if new_args == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, new_args)
        if isinstance(t, Union):
            return Union[new_args]
        return t.copy_with(new_args)
    return t


def _strip_annotations(t):
    """t without Annotated, Required, NotRequired and ReadOnly wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if getattr(t, '__origin__', None) in (Required, NotRequired, ReadOnly):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else t.copy_with(stripped)
    if isinstance(t, GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else GenericAlias(t.__origin__, stripped)
    if isinstance(t, Union):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else Union[stripped]
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False, *, format=None):
    """The annotations of obj with forward references evaluated (a class includes its bases')."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if format is None:
        format = _Format.VALUE
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = _annotationlib.get_annotations(base, format=format)
            if format == _Format.STRING:
                hints.update(annotations)
                continue
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # the class namespace first, then the module's (as CPython does)
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = _ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals, base.__type_params__,
                                         format=format, owner=obj)
        if include_extras or format == _Format.STRING:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    hints = _annotationlib.get_annotations(obj, format=format)
    if (not hints and not isinstance(obj, types.ModuleType) and not callable(obj)
            and not hasattr(obj, '__annotations__') and not hasattr(obj, '__annotate__')):
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    if format == _Format.STRING:
        return hints
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = {}  # so that type parameters come before the globals
    elif localns is None:
        localns = globalns
    type_params = getattr(obj, '__type_params__', ())
    result = {}
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = _ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType), is_class=False)
        result[name] = _eval_type(value, globalns, localns, type_params, format=format, owner=obj)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}
