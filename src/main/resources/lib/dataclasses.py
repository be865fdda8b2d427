"""Data classes: the @dataclass decorator generating __init__, __repr__, __eq__, ordering,
__hash__, __match_args__ and slots from annotated fields. Written for Ember.

Generated methods are compiled from source text with exec(), like any Python-level
code generator; they see only the names passed to them explicitly.
"""

import sys
import copy
import keyword
import itertools

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__ and __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Everything known about one field of a dataclass (see field())."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'doc={self.doc!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A Field used as a default value of something else forwards __set_name__.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(lambda cls, item: cls)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return '_DataclassParams(' + ','.join(
            f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Describe a dataclass field: its default (or default_factory) and whether it takes
    part in __init__, __repr__, __hash__ and comparisons."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


def _fields_in_init_order(fields):
    """(positional fields, keyword-only fields) among those __init__ takes."""
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join(f"{obj_name}.{f.name}" for f in fields)},)'


class _FuncBuilder:
    """Collects the source text of generated methods and compiles them in one exec()."""

    def __init__(self, globals):
        self.names = []
        self.sources = []
        self.locals = {}
        self.globals = globals
        self.overwrite_errors = {}
        self.unconditional = set()

    def add_fn(self, name, args, body, *, locals=None, return_type=MISSING,
               overwrite_error=False, unconditional_adds=False, decorator=None):
        if locals is not None:
            self.locals.update(locals)
        return_annotation = ''
        if return_type is not MISSING:
            self.locals[f'__dataclass_{name}_return_type__'] = return_type
            return_annotation = f'->__dataclass_{name}_return_type__'
        args_text = ','.join(args)
        body_text = '\n'.join(body)
        self.names.append(name)
        if overwrite_error:
            self.overwrite_errors[name] = overwrite_error
        if unconditional_adds:
            self.unconditional.add(name)
        decorator_text = f' {decorator}\n' if decorator else ''
        self.sources.append(f'{decorator_text} def {name}({args_text}){return_annotation}:\n'
                            f'{body_text}')

    def add_fns_to_class(self, cls):
        if not self.names:
            return
        local_names = ', '.join(self.locals)
        source = ('def __create_fn__(' + local_names + '):\n'
                  + '\n'.join(self.sources) + '\n'
                  + f' return {", ".join(self.names)},')
        namespace = {}
        exec(source, self.globals, namespace)
        functions = namespace['__create_fn__'](**self.locals)
        for name, fn in zip(self.names, functions):
            fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
            if name in self.unconditional:
                setattr(cls, name, fn)
            elif _set_new_attribute(cls, name, fn):
                message = self.overwrite_errors.get(name)
                if message:
                    error_text = (f'Cannot overwrite attribute {fn.__name__} '
                                  f'in class {cls.__name__}')
                    if message is not True:
                        error_text = f'{error_text} {message}'
                    raise TypeError(error_text)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'  __dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'  {self_name}.{name}={value}'


def _field_init(f, frozen, globals, self_name, slots):
    """The __init__ line storing field `f` (or None when nothing is stored)."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = (f'{default_name}() '
                     f'if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            globals[default_name] = f.default_factory
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                globals[default_name] = f.default
                value = f.name
        else:
            if slots and f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots, func_builder):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                f'follows default argument {seen_default.name!r}')
    locals = {**{f'__dataclass_type_{f.name}__': f.type for f in fields},
              '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'  {self_name}.{_POST_INIT_NAME}({params})')
    if not body:
        body = ['  pass']
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    func_builder.add_fn('__init__', params, body, locals=locals, return_type=None)


def _frozen_get_del_attr(cls, fields, func_builder):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    func_builder.add_fn('__setattr__', ('self', 'name', 'value'),
                        (f'  if {condition}:',
                         '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         '  super(cls, self).__setattr__(name, value)'),
                        locals=locals, overwrite_error=True)
    func_builder.add_fn('__delattr__', ('self', 'name'),
                        (f'  if {condition}:',
                         '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
                         '  super(cls, self).__delattr__(name)'),
                        locals=locals, overwrite_error=True)


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar))


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """For a string annotation: does it name `a_type` (e.g. 'ClassVar[int]',
    'typing.ClassVar', 'dataclasses.InitVar[str]') as seen from cls's module?"""
    text = annotation.lstrip()
    module_name = None
    head = ''
    index = 0
    while index < len(text) and (text[index].isalnum() or text[index] == '_'):
        index += 1
    head = text[:index]
    rest = text[index:].lstrip()
    if rest.startswith('.'):
        module_name = head
        rest = rest[1:].lstrip()
        index = 0
        while index < len(rest) and (rest[index].isalnum() or rest[index] == '_'):
            index += 1
        head = rest[:index]
    if not head:
        return False
    module = sys.modules.get(cls.__module__)
    namespace = module.__dict__ if module else {}
    if module_name is None:
        return namespace.get(head) is not None and is_type_predicate(namespace.get(head), a_module)
    module_value = namespace.get(module_name)
    return (module_value is a_module and module_value is not None
            and is_type_predicate(getattr(module_value, head, None), a_module))


def _own_annotations(cls):
    """The annotations written in the body of `cls` itself (not inherited). With 3.14's
    lazily evaluated annotations, names not defined yet become forward references."""
    try:
        import annotationlib
    except ImportError:
        annotationlib = None
    if annotationlib is not None:
        return annotationlib.get_annotations(cls, format=annotationlib.Format.FORWARDREF)
    if '__annotations__' in cls.__dict__:
        return cls.__dict__['__annotations__']
    # type's own descriptor: reads (or evaluates) the class's own annotations only
    return type.__dict__['__annotations__'].__get__(cls)


def _get_field(cls, a_name, a_type, default_kw_only):
    """Build the Field for the annotation a_name: a_type of class `cls`."""
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MEMBER_DESCRIPTOR):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar,
                                 lambda x, m: x is m.ClassVar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this_module = sys.modules[__name__]
        if (a_type is InitVar or type(a_type) is InitVar
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, this_module, InitVar,
                                 lambda x, m: x is m.InitVar))):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


class _SlotHolder:
    __slots__ = ('slot',)


# A slot of a slotted class shows up as a class attribute: that is not a default value.
_MEMBER_DESCRIPTOR = type(_SlotHolder.__dict__['slot'])


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class defines it already; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, func_builder):
    return None


def _hash_add(cls, fields, func_builder):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _hash_fn(flds, func_builder)


def _hash_exception(cls, fields, func_builder):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


def _hash_fn(fields, func_builder):
    self_tuple = _tuple_str('self', fields)
    func_builder.add_fn('__hash__', ('self',), [f'  return hash({self_tuple})'],
                        unconditional_adds=True)


# (unsafe_hash, eq, frozen, has an explicit __hash__) -> what to do with __hash__
_HASH_ACTION = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


def _recursive_repr_wrapper(user_function):
    """Makes a generated __repr__ answer '...' for an object already being repr'd."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__wrapped__ = user_function
    wrapper.__name__ = user_function.__name__
    wrapper.__doc__ = user_function.__doc__
    return wrapper


def _format_annotation(annotation):
    """How inspect.signature shows an annotation (used for the generated __doc__)."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if type(annotation).__name__ == 'GenericAlias':
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(cls):
    init = cls.__dict__.get('__init__')
    fields_by_name = getattr(cls, _FIELDS)
    if init is None or not hasattr(init, '__code__'):
        return '()'
    code = init.__code__
    names = code.co_varnames[1:code.co_argcount + code.co_kwonlyargcount]
    positional = code.co_argcount - 1
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    annotations = getattr(init, '__annotations__', {})
    parts = []
    first_default = positional - len(defaults)
    for index, name in enumerate(names):
        if index == positional:
            parts.append('*')
        text = name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
        if index < positional:
            has_default = index >= first_default
            default = defaults[index - first_default] if has_default else None
        else:
            has_default = name in kwdefaults
            default = kwdefaults.get(name)
        if has_default:
            text += (' = ' if name in annotations else '=') + repr(default)
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(base, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = _own_annotations(cls)
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        typing = sys.modules.get('typing')
        if (a_type is KW_ONLY
                or (isinstance(a_type, str) and _is_type(
                    a_type, cls, sys.modules[__name__], KW_ONLY,
                    lambda x, m: x is m.KW_ONLY))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    builder = _FuncBuilder(globals)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _init_fn(all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                 has_post_init, '__dataclass_self__' if 'self' in fields else 'self',
                 globals, slots, builder)
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        repr_fields = [f for f in field_list if f.repr]
        text = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in repr_fields)
        builder.add_fn('__repr__', ('self',),
                       [f'  return f"{{self.__class__.__qualname__}}({text})"'],
                       decorator='@__dataclasses_recursive_repr')
        builder.locals['__dataclasses_recursive_repr'] = _recursive_repr_wrapper
    if eq:
        compare_fields = [f for f in field_list if f.compare]
        terms = [f'self.{f.name}==other.{f.name}' for f in compare_fields]
        condition = ' and '.join(terms) if terms else 'True'
        builder.add_fn('__eq__', ('self', 'other'),
                       ['  if self is other:',
                        '   return True',
                        '  if other.__class__ is self.__class__:',
                        f'   return {condition}',
                        '  return NotImplemented'])
    if order:
        compare_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', compare_fields)
        other_tuple = _tuple_str('other', compare_fields)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            builder.add_fn(name, ('self', 'other'),
                           ['  if other.__class__ is self.__class__:',
                            f'   return {self_tuple}{op}{other_tuple}',
                            '  return NotImplemented'],
                           overwrite_error='Consider using functools.total_ordering')
    if frozen:
        _frozen_get_del_attr(cls, field_list, builder)
    hash_action = _HASH_ACTION[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if hash_action is _hash_set_none:
        cls.__hash__ = None
    elif hash_action is not None:
        hash_action(cls, field_list, builder)
    builder.add_fns_to_class(cls)

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls).replace(' -> None', '')
        except (TypeError, ValueError):
            cls.__doc__ = ''
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot, fields)
    _set_new_attribute(cls, '__replace__', _replace)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _slots_of(cls):
    """The slot names a class itself declares (its __slots__, normalized)."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        names = []
        if getattr(cls, '__weakrefoffset__', -1) != 0:
            names.append('__weakref__')
        if getattr(cls, '__dictoffset__', -1) != 0:
            names.append('__dict__')
        return names
    if isinstance(slots, str):
        return [slots]
    return list(slots)


def _add_slots(cls, is_frozen, weakref_slot, fields):
    """Recreate the class with __slots__ for its fields (slots cannot be added later)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields.values() if f._field_type is _FIELD)
    inherited = set(itertools.chain.from_iterable(_slots_of(c) for c in cls.__mro__[1:-1]))
    cls_dict['__slots__'] = tuple(itertools.filterfalse(
        inherited.__contains__,
        itertools.chain(field_names, ('__weakref__',) if weakref_slot else ())))
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = _dataclass_setstate
    # Generated methods refer to the class (frozen __setattr__, super()): point them at
    # the new one.
    for value in new_cls.__dict__.values():
        function = getattr(value, '__wrapped__', value)
        closure = getattr(function, '__closure__', None) or ()
        for cell in closure:
            try:
                if cell.cell_contents is cls:
                    cell.cell_contents = new_cls
            except ValueError:
                pass
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (not ClassVar or InitVar pseudo-fields) of a dataclass, as a tuple."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursing into dataclasses,
    lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict)
                    for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    return _convert_container(obj, lambda value: _asdict_inner(value, dict_factory))


def _convert_container(obj, convert):
    """Rebuild list/tuple/namedtuple/dict containers with `convert` applied inside."""
    obj_type = type(obj)
    if obj_type is list:
        return [convert(value) for value in obj]
    if obj_type is dict:
        return {convert(key): convert(value) for key, value in obj.items()}
    if obj_type is tuple:
        return tuple(convert(value) for value in obj)
    if issubclass(obj_type, tuple):
        if hasattr(obj, '_fields'):
            return obj_type(*[convert(value) for value in obj])
        return obj_type(convert(value) for value in obj)
    if issubclass(obj_type, dict):
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(obj.default_factory)
            for key, value in obj.items():
                result[convert(key)] = convert(value)
            return result
        return obj_type((convert(key), convert(value)) for key, value in obj.items())
    if issubclass(obj_type, list):
        return obj_type(convert(value) for value in obj)
    return copy.deepcopy(obj)


import builtins as _builtins
# complex and bytes only on a runtime that has them (Ember is growing them).
_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str,
                           type(Ellipsis), type(NotImplemented), type, range, property,
                           *[t for t in (getattr(_builtins, 'complex', None), getattr(_builtins, 'bytes', None))
                             if t is not None]})
del _builtins


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a new tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    return _convert_container(obj, lambda value: _astuple_inner(value, tuple_factory))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None,
                   decorator=dataclass):
    """Create a new dataclass named cls_name with the given fields (names, (name, type)
    or (name, type, Field))."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = _any_type()
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def fill_namespace(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    body = {}
    fill_namespace(body)
    cls = type(cls_name, tuple(bases), body)
    if module is None:
        try:
            module = sys._getframemodulename(1) or '__main__'
        except AttributeError:
            try:
                module = sys._getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
    if module is not None:
        cls.__module__ = module
    return decorator(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def _any_type():
    typing = sys.modules.get('typing')
    if typing is None:
        try:
            import typing
        except ImportError:
            return 'typing.Any'
    return typing.Any


def replace(obj, /, **changes):
    """A new object of obj's type with fields replaced by `changes`."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be '
                                f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)
