"""The typing objects that the compiler's PEP 695 code needs: TypeVar, ParamSpec, TypeVarTuple,
ParamSpecArgs/ParamSpecKwargs, TypeAliasType and NoDefault (CPython has them in C). The `_intrinsic_*`
functions are what CALL_INTRINSIC_1/2 call for `def f[T]()`, `class C[T]` and `type X = ...`.

Bounds, constraints, defaults and alias values of PEP 695 objects are evaluated lazily: the
compiler passes an `evaluate(format)` function and the attribute calls it on first use.
Substitution (`list[T][int]`) goes through `__typing_subst__`, which typing implements."""

import sys


class _Sentinel:
    __slots__ = ()


_LAZY = _Sentinel()


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _typing():
    import typing
    return typing


def _not_subclassable(kind):
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"type 'typing.{kind}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class NoDefaultType:
    """The type of the NoDefault singleton: "no default given" for type parameters."""
    __slots__ = ()
    __module__ = 'typing'
    _instance = None

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("NoDefaultType takes no arguments")
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return 'typing.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


NoDefault = NoDefaultType()


class _TypeParam:
    """What TypeVar, ParamSpec and TypeVarTuple share: a name, a lazily evaluated default."""
    __module__ = 'typing'

    def _init_default(self, default):
        self._default = default
        self._evaluate_default = None

    @property
    def __default__(self):
        if self._default is _LAZY:
            self._default = self._evaluate_default(1)
        return self._default

    @property
    def evaluate_default(self):
        return self._evaluate_default

    def has_default(self):
        return self._default is not NoDefault

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _check_name(kind, name):
    if not isinstance(name, str):
        raise TypeError(f"{kind}() argument 'name' must be str, not {type(name).__name__}")


def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError("Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        raise ValueError("Variance cannot be specified with infer_variance.")


def _variance_prefix(param):
    if param.__infer_variance__:
        return ''
    if param.__covariant__:
        return '+'
    if param.__contravariant__:
        return '-'
    return '~'


class TypeVar(_TypeParam):
    """A type variable: `T = TypeVar('T')`, or `T` in `def f[T]()`."""
    __module__ = 'typing'
    __init_subclass__ = _not_subclassable('TypeVar')

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        _check_name('typevar', name)
        _check_variance(covariant, contravariant, infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if bound is not None:
            bound = _typing()._type_check(bound, "Bound must be a type.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = bound
        self._constraints = tuple(constraints)
        self._evaluate_bound = None
        self._evaluate_constraints = None
        self._init_default(default)
        self.__module__ = _caller_module()

    @property
    def __bound__(self):
        if self._bound is _LAZY:
            self._bound = self._evaluate_bound(1)
        return self._bound

    @property
    def __constraints__(self):
        if self._constraints is _LAZY:
            self._constraints = self._evaluate_constraints(1)
        return self._constraints

    @property
    def evaluate_bound(self):
        return self._evaluate_bound

    @property
    def evaluate_constraints(self):
        return self._evaluate_constraints

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        return _typing()._typevar_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevar_prepare_subst(self, alias, args)


class TypeVarTuple(_TypeParam):
    """A variadic type variable: `Ts = TypeVarTuple('Ts')`, used as `*Ts`."""
    __module__ = 'typing'
    __init_subclass__ = _not_subclassable('TypeVarTuple')

    def __init__(self, name, *, default=NoDefault):
        _check_name('typevartuple', name)
        self.__name__ = name
        self._init_default(default)
        self.__module__ = _caller_module()

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevartuple_prepare_subst(self, alias, args)


class ParamSpecArgs:
    """`P.args`: the positional arguments of a ParamSpec."""
    __module__ = 'typing'
    __init_subclass__ = _not_subclassable('ParamSpecArgs')

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecArgs")


class ParamSpecKwargs:
    """`P.kwargs`: the keyword arguments of a ParamSpec."""
    __module__ = 'typing'
    __init_subclass__ = _not_subclassable('ParamSpecKwargs')

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecKwargs")


class ParamSpec(_TypeParam):
    """A parameter specification variable: `P = ParamSpec('P')`, or `**P` in `def f[**P]()`."""
    __module__ = 'typing'
    __init_subclass__ = _not_subclassable('ParamSpec')

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        _check_name('paramspec', name)
        _check_variance(covariant, contravariant, infer_variance)
        if bound is not None:
            bound = _typing()._type_check(bound, "Bound must be a type.")
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._init_default(default)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        return _typing()._paramspec_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._paramspec_prepare_subst(self, alias, args)


class TypeAliasType:
    """A type alias: what `type X = int` makes, or `TypeAliasType('X', int)`."""
    __module__ = 'typing'
    __init_subclass__ = _not_subclassable('TypeAliasType')

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError(f"typealias() argument 'name' must be str, not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        seen_default = False
        for param in type_params:
            if not isinstance(param, (TypeVar, ParamSpec, TypeVarTuple)):
                raise TypeError(f"Expected a type param, got {param!r}")
            if param.has_default():
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default type parameter '{param!r}' follows default type parameter")
        self._init(name, value, None, type_params, _caller_module())

    def _init(self, name, value, evaluate_value, type_params, module):
        self.__name__ = name
        self._value = value
        self._evaluate_value = evaluate_value
        self._type_params = type_params if type_params is not None else ()
        self.__module__ = module

    @property
    def __value__(self):
        if self._value is _LAZY:
            self._value = self._evaluate_value(1)
        return self._value

    @property
    def evaluate_value(self):
        if self._evaluate_value is None:
            value = self._value
            return lambda format, /: value
        return self._evaluate_value

    @property
    def __type_params__(self):
        return self._type_params

    @property
    def __parameters__(self):
        params = []
        for param in self._type_params:
            if isinstance(param, TypeVarTuple):
                params.extend(param)
            else:
                params.append(param)
        return tuple(params)

    def __getitem__(self, parameters):
        if not self._type_params:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _typing()._GenericAlias(self, parameters)

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeAliasType")

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.TypeAliasType' object is not callable")


# ---- the compiler's intrinsics (called from org.ember.interp.Ops) ----

def _intrinsic_typevar(name, evaluate_bound=None, evaluate_constraints=None):
    """INTRINSIC_TYPEVAR / _WITH_BOUND / _WITH_CONSTRAINTS: a PEP 695 TypeVar (infers variance)."""
    param = TypeVar(name, infer_variance=True)
    if evaluate_bound is not None:
        param._bound = _LAZY
        param._evaluate_bound = evaluate_bound
    if evaluate_constraints is not None:
        param._constraints = _LAZY
        param._evaluate_constraints = evaluate_constraints
    param.__module__ = 'typing'
    return param


def _intrinsic_paramspec(name):
    param = ParamSpec(name, infer_variance=True)
    param.__module__ = 'typing'
    return param


def _intrinsic_typevartuple(name):
    param = TypeVarTuple(name)
    param.__module__ = 'typing'
    return param


def _intrinsic_set_default(param, evaluate_default):
    param._default = _LAZY
    param._evaluate_default = evaluate_default
    return param


def _intrinsic_typealias(name, type_params, evaluate_value):
    alias = object.__new__(TypeAliasType)
    module = getattr(evaluate_value, '__module__', None)
    alias._init(name, _LAZY, evaluate_value, type_params, module)
    return alias


def _intrinsic_subscript_generic(params):
    typing = _typing()
    # a TypeVarTuple stands for its unpacking: class C[*Ts] is Generic[*Ts]
    params = tuple(typing.Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params)
    return typing.Generic.__class_getitem__(params)
