"""Enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag and friends), written for Ember.

Only `sys` and `functools.reduce`-free builtins are used; `re` must not be imported here
because `re` itself uses enums.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'EnumDict', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_MappingProxy = type(type.__dict__)
_builtin_property = property
# Flag's operators must win over those of a mixed-in int (IntFlag).
_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')

# The classes below are created with the machinery that refers to them; until they exist,
# these names are None and the machinery skips the corresponding special cases.
Enum = ReprEnum = Flag = STRICT = CONFORM = EJECT = KEEP = None


class nonmember:
    """Protects a class-body value from becoming an enum member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a class-body value (e.g. a function) to become an enum member."""

    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------- name classification

def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_internal_class(cls_name, obj):
    """True for a class defined in the body of the enum `cls_name` (never a member)."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    own = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == own or qualname.endswith('.' + own)


def _is_private(cls_name, name):
    """True for a name-mangled private attribute (_Cls__name) of the class `cls_name`."""
    prefix = '_%s__' % (cls_name,)
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    """The powers of two making up the non-negative int (or int-valued member) `num`, lowest first."""
    original = num
    if isinstance(num, Enum):
        num = num._value_
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the builtin bin(), but negative numbers are shown in two's complement."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        digits = format(num + ceiling, 'b')[1:]
        sign = '0'
    else:
        digits = format(num + ceiling * 2, 'b')[1:]
        sign = '1'
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * (max_bits - len(digits))) + digits
    return '0b%s %s' % (sign, digits)


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join('%s=%r' % (name, getattr(self, name))
                     for name, field in fields.items() if field.repr)


# ---------------------------------------------------------------- enum.property

class property:
    """A property for enum members that, looked up on the class, finds the member of that
    name (if any) instead of the property; see the docs of enum.property."""

    member = None
    _attr_type = None
    _cls_type = None
    _get = None      # __get__ of a non-property descriptor a member's name shadows

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))
        self.name = getattr(fget, '__name__', None)

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)

    def _copy(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.name = self.name
        result.member = self.member
        return result

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self._get is not None:
            return self._get(instance, ownerclass)
        if self.member is not None:
            # A member of that name hides the instance attribute.
            try:
                return instance.__dict__[self.name]
            except KeyError:
                return self.member
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r'
                                 % (type(instance), self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))


# ---------------------------------------------------------------- auto

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


# ---------------------------------------------------------------- EnumDict

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
    '_add_alias_', '_add_value_alias_',
))


class EnumDict(dict):
    """The class-body namespace of an enum: records member names in definition order,
    resolves auto() values and rejects reused names."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}      # an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = cls_name

    @_builtin_property
    def member_names(self):
        return list(self._member_names)

    def __setitem__(self, key, value):
        cls_name = self._cls_name
        if cls_name is not None and _is_private(cls_name, key):
            pass
        elif _is_sunder(key):
            value = self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        elif cls_name is not None and _is_internal_class(cls_name, value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._member_value(key, value)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                         else value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = names
            already = set(names) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        return value

    def _member_value(self, key, value):
        """Record `key` as a member; returns its value with any auto() resolved."""
        if isinstance(value, member):
            value = value.value
        recorded = False
        if isinstance(value, auto):
            value = self._resolve_auto(key, value)
            recorded = True
        elif isinstance(value, tuple) and any(isinstance(item, auto) for item in value):
            items = []
            for item in value:
                if isinstance(item, auto):
                    item = self._resolve_auto(key, item)
                    recorded = True
                items.append(item)
            # The same kind of tuple again: a namedtuple takes its fields one by one.
            try:
                value = type(value)(items)
            except TypeError:
                value = type(value)(*items)
        self._member_names[key] = None
        if not recorded:
            self._last_values.append(value)
        return value

    def _resolve_auto(self, key, placeholder):
        if placeholder.value is _auto_null:
            placeholder.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        self._last_values.append(placeholder.value)
        return placeholder.value

    def update(self, members=(), **more_members):
        items = members.items() if hasattr(members, 'keys') else members
        for key, value in items:
            self[key] = value
        for key, value in more_members.items():
            self[key] = value


_EnumDict = EnumDict


class _proto_member:
    """Stands in for a member in the class namespace until the class exists; its
    __set_name__ then builds the real member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        type.__delattr__(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class, *args)
        else:
            enum_member = enum_class._new_member_(enum_class)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    error = TypeError('_value_ not set in __new__, unable to create it')
                    error.__cause__ = exc
                    raise error
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag and isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        canonical = _find_member_by_value(enum_class, value)
        if canonical is not None:
            enum_member = canonical           # an alias
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            enum_class._member_names_.append(member_name)
        enum_class._add_member_(member_name, enum_member)
        _record_value(enum_class, member_name, value, enum_member)


def _find_member_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


def _record_value(enum_class, member_name, value, enum_member):
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
        if value not in enum_class._hashable_values_:
            enum_class._hashable_values_.append(value)
    except TypeError:
        enum_class._unhashable_values_.append(value)
        enum_class._unhashable_values_map_.setdefault(member_name, []).append(value)


class _NotGiven:
    def __repr__(self):
        return '<not given>'


_not_given = _NotGiven()


# ---------------------------------------------------------------- EnumType

class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = EnumDict(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignored = classdict.pop('_ignore_', ())
        if isinstance(ignored, str):
            ignored = ignored.replace(',', ' ').split()
        for name in ignored:
            classdict.pop(name, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = list(classdict._member_names) if isinstance(classdict, EnumDict) else []
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in sorted(invalid)),))
        namespace = dict(classdict)
        namespace['_new_member_'] = new_member
        namespace['_use_args_'] = use_args
        for name in member_names:
            namespace[name] = _proto_member(namespace[name])
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_hashable_values_'] = []
        namespace['_unhashable_values_'] = []
        namespace['_unhashable_values_map_'] = {}
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, type)):
            namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            namespace['_flag_mask_'] = 0
            namespace['_singles_mask_'] = 0
            namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None
        elif boundary is not None:
            namespace['_boundary_'] = boundary
        order = namespace.pop('_order_', None)
        gnv = namespace.get('_generate_next_value_')
        if gnv is not None and type(gnv) is not staticmethod:
            namespace['_generate_next_value_'] = staticmethod(gnv)
        in_progress = '_%s__in_progress' % cls
        namespace[in_progress] = True
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except Exception as error:
            failure = error
        if failure is not None:
            # A member's creation failed inside type.__new__'s __set_name__ calls, which noted
            # "Error calling __set_name__ ..." on the error: raise a fresh copy of it without the
            # note, with the same cause, context and traceback.
            fresh = type(failure)(str(failure))
            fresh.__cause__ = failure.__cause__
            fresh.__context__ = failure.__context__
            raise fresh.with_traceback(failure.__traceback__)
        delattr(enum_class, in_progress)
        metacls._fix_special_methods(enum_class, classdict, member_type, first_enum, bases)
        if Flag is not None and issubclass(enum_class, Flag):
            for name in _FLAG_OPERATORS:
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if Flag is not None and issubclass(enum_class, Flag):
                order = [name for name in order if name not in enum_class._member_map_
                         or _is_single_bit(enum_class._member_map_[name]._value_)]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _fix_special_methods(enum_class, classdict, member_type, first_enum, bases):
        """repr/str/format/reduce come from the enum, not from the data type, unless the
        class body (or a ReprEnum base) says otherwise."""
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict = dict(classdict, __format__=None)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict = dict(classdict, __str__=None)
        if first_enum is None:
            return
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Look a member up by value or, on an enum without members, create a new enum
        (the functional API)."""
        if cls._member_map_:
            if names is not _not_given:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is _not_given and type is None:
            raise TypeError('%r has no members; specify `names=()` if you meant to create '
                            'a new, empty, enum' % (cls,))
        if names is _not_given:
            names = None
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            plain_names, names = names, []
            last_values = []
            for count, name in enumerate(plain_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module(3)
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Create an enum from the module-level constants of `module` that pass `filter`."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])
        body = {key: value for key, value in members}
        body['__module__'] = module
        new_cls = cls.__class__(name, (cls,), _fill(cls, name, body), boundary=boundary or KEEP)
        if as_global:
            global_enum(new_cls)
        else:
            module_globals.update(new_cls.__members__)
        module_globals[name] = new_cls
        return new_cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type mixed in or object, the last base -- the enum type)."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    if ('__dataclass_fields__' in base.__dict__
                            and '__dataclass_params__' in base.__dict__
                            and base.__dict__['__dataclass_params__'].repr):
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that builds members, whether it was given in the body, whether it
        takes the member's value as arguments)."""
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            unusable = (None, None.__new__, object.__new__,
                        Enum.__new__ if Enum is not None else None)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is u for u in unusable):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._hashable_values_ or value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                       '__len__', '__members__', '__module__', '__name__', '__qualname__',
                       '__init_subclass__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __signature__(cls):
        """What inspect.signature() shows: a lookup by value, or the functional API."""
        from inspect import Signature, Parameter
        if cls._member_names_:
            return Signature([Parameter('values', Parameter.VAR_POSITIONAL)])
        keyword_only = [Parameter(name, Parameter.KEYWORD_ONLY, default=default)
                        for name, default in (('module', None), ('qualname', None),
                                              ('type', None), ('start', 1),
                                              ('boundary', None))]
        return Signature([Parameter('new_class_name', Parameter.POSITIONAL_ONLY),
                          Parameter('names', Parameter.POSITIONAL_OR_KEYWORD)]
                         + keyword_only)

    @_builtin_property
    def __members__(cls):
        """A read-only mapping of member name -> member, aliases included."""
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _fill(cls, name, body):
    classdict = cls.__class__.__prepare__(name, (cls,))
    for key, value in body.items():
        classdict[key] = value
    return classdict


def _caller_module(depth):
    try:
        return sys._getframemodulename(depth)
    except AttributeError:
        try:
            return sys._getframe(depth).f_globals['__name__']
        except (AttributeError, ValueError, KeyError):
            return None


def _make_class_unpicklable(obj):
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def _add_member(cls, name, member):
    """Bind `member` as the class attribute `name` (through an enum.property when a base
    class has a descriptor of that name) and record it in _member_map_."""
    if name in cls._member_map_:
        if cls._member_map_[name] is not member:
            raise NameError('%r is already bound: %r' % (name, cls._member_map_[name]))
        return
    found = None
    for base in cls.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is not None and _is_descriptor(attr):
            found = attr
            break
    if found is None:
        type.__setattr__(cls, name, member)
    else:
        redirect = property()
        redirect.member = member
        redirect.__set_name__(cls, name)
        if isinstance(found, (property, _builtin_property)):
            redirect.fget = found.fget
            redirect.fset = found.fset
            redirect.fdel = found.fdel
        else:
            redirect._get = found.__get__
        type.__setattr__(cls, name, redirect)
    cls._member_map_[name] = member


EnumType._add_member_ = _add_member


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Members are looked up by value with Color(1) and by name with Color['RED'].
    """

    def __new__(cls, value):
        # Member lookup by value (members themselves are built by the class's _new_member_).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name, values in cls._unhashable_values_map_.items():
                if value in values:
                    return cls._member_map_[name]
        if not cls._member_map_ and getattr(cls, '_%s__in_progress' % cls.__name__, False):
            # A member's __new__ called super().__new__ while the class is being built: there is
            # nothing to look up yet, and _missing_ would only hide the mistake.
            raise TypeError('do not use `super().__new__; call the appropriate __new__ directly') from None
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as error:
            exc = error
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(result, int)):
                return result
            not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise not_valid
            if exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = not_valid
            raise exc
        finally:
            exc = None
            not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _add_alias_(self, name):
        self.__class__._add_member_(name, self)

    def _add_value_alias_(self, value):
        cls = self.__class__
        existing = _find_member_by_value(cls, value)
        if existing is not None:
            if existing is not self:
                raise ValueError('%r is already bound: %r' % (value, existing))
            return
        _record_value(cls, self._name_, value, self)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto() member: one more than the largest value so far."""
        if not last_values:
            return start
        try:
            last_value = max(last_values)
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
                      | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto() member: the lower-cased member name."""
        return name.lower()


def pickle_by_global_name(self, proto):
    # A member pickled this way is found again as a module-level global.
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that no member has:
    STRICT raises, CONFORM drops them, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & , ^ and ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto() member: the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits are in `value`, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members whose bits are in `value`, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Create a pseudo-member for a combination of bits, following the boundary."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative_value = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        alias_bits = value & ~singles_mask
        member_bits = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_bits or alias_bits:
            members = list(cls._iter_member_(member_bits))
            combined = 0
            for m in members:
                combined |= m._value_
            if alias_bits:
                wanted = member_bits | alias_bits
                for candidate in cls._member_map_.values():
                    candidate_value = candidate._value_
                    if (candidate not in members and candidate_value
                            and candidate_value & wanted == candidate_value):
                        members.append(candidate)
                        combined |= candidate_value
            unknown = value ^ combined
            pseudo_member._name_ = '|'.join(m._name_ for m in members)
            if not combined:
                pseudo_member._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if negative_value is not None:
                cls._value2member_map_[negative_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def _operand(self, other, symbol):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        for flag in (self, other):
            if self._get_value(flag) is None:
                raise TypeError(f"'{flag}' cannot be combined with other flags with {symbol}")
        return other_value

    def __or__(self, other):
        other_value = self._operand(other, '|')
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._operand(other, '&')
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._operand(other, '^')
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._get_value(self) is None:
            raise TypeError(f"'{self}' cannot be inverted")
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0
Flag._inverted_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""


def _high_bit(value):
    return value.bit_length() - 1


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    """repr() of a member exported to module globals: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a flag exported to module globals: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not KEEP:
        return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))
    return '|'.join(name if name[0].isdigit() else '%s.%s' % (module, name)
                    for name in self._name_.split('|'))


def global_str(self):
    """str() of a member exported to module globals: just its name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members to the module's globals and adapt repr/str."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Constraints that verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the EnumCheck constraints given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError('the `verify` decorator expects a Flag or an Enum class, not %r'
                            % (enumeration,))
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, member.name)
                           for name, member in enumeration.__members__.items()
                           if name != member.name]
                if aliases:
                    details = ', '.join('%s -> %s' % pair for pair in aliases)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                self._check_continuous(enumeration, cls_name, enum_type)
            elif check is NAMED_FLAGS:
                self._check_named_flags(enumeration, cls_name)
        return enumeration

    @staticmethod
    def _check_continuous(enumeration, cls_name, enum_type):
        values = set(e.value for e in enumeration)
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        missing = []
        if enum_type == 'flag':
            for i in range(_high_bit(low) + 1, _high_bit(high)):
                if 2 ** i not in values:
                    missing.append(2 ** i)
        elif enum_type == 'enum':
            for i in range(low + 1, high):
                if i not in values:
                    missing.append(i)
        if missing:
            raise ValueError(('invalid %s %r: missing values %s'
                              % (enum_type, cls_name, ', '.join(str(v) for v in missing)))[:256])

    @staticmethod
    def _check_named_flags(enumeration, cls_name):
        member_names = enumeration._member_names_
        member_values = [m.value for m in enumeration]
        missing_names = []
        missing_value = 0
        for name, alias in enumeration._member_map_.items():
            if name in member_names:
                continue
            if alias.value < 0:
                continue
            values = list(_iter_bits_lsb(alias.value))
            missed = [v for v in values if v not in member_values]
            if missed:
                missing_names.append(name)
                for value in missed:
                    missing_value |= value
        if missing_names:
            if len(missing_names) == 1:
                alias = 'alias %s is missing' % missing_names[0]
            else:
                alias = 'aliases %s and %s are missing' % (
                    ', '.join(missing_names[:-1]), missing_names[-1])
            if _is_single_bit(missing_value):
                value = 'value 0x%x' % missing_value
            else:
                value = 'combined values of 0x%x' % missing_value
            raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for '
                             'details]' % (cls_name, alias, value))


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class body into an enum of type `etype` (used by
    stdlib modules such as `re` for their constants)."""
    def convert_class(cls):
        metacls = etype.__class__
        classdict = metacls.__prepare__(cls.__name__, (etype,))
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            classdict[name] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return metacls.__new__(metacls, cls.__name__, (etype,), classdict, **kwds)
    return convert_class


# Class-dict entries that legitimately differ between an enum made by subclassing and one made
# with _simple_enum (or are too long to compare usefully).
_SIMPLE_ENUM_UNCHECKED_KEYS = frozenset({'__module__', '_member_map_', '_value2member_map_', '__doc__',
                                         '__static_attributes__', '__firstlineno__'})
_SIMPLE_ENUM_UNCHECKED_MEMBER_KEYS = frozenset({'__module__', '__objclass__', '_inverted_'})
_SIMPLE_ENUM_METHODS = ('__str__', '__repr__', '__reduce_ex__', '__format__',
                        '__getnewargs_ex__', '__getnewargs__', '__reduce__')


def _test_simple_enum(checked_enum, simple_enum):
    """Checks that `simple_enum` (made with _simple_enum) matches `checked_enum` (the same enum
    written as an Enum subclass): the same class attributes (callables and properties are only
    checked for presence), the same members with the same attributes, and the same inherited
    special methods. Raises TypeError listing every difference."""
    import builtins
    checked_dict, simple_dict = checked_enum.__dict__, simple_enum.__dict__
    members = set(checked_enum._member_map_) | set(simple_enum._member_map_)
    problems = []
    for key in set(checked_dict) | set(simple_dict):
        if key in _SIMPLE_ENUM_UNCHECKED_KEYS or key in members:
            continue
        if key not in simple_dict:
            problems.append("missing key: %r" % (key,))
        elif key not in checked_dict:
            problems.append("extra key:   %r" % (key,))
        else:
            expected, found = checked_dict[key], simple_dict[key]
            if callable(expected) or isinstance(expected, (property, builtins.property)):
                continue
            if expected != found:
                problems.append("%r:\n         checked -> %r\n         simple  -> %r" % (key, expected, found))
    problems.sort()
    for name in members:
        if name not in simple_dict:
            problems.append('missing member from simple enum: %r' % name)
            continue
        if name not in checked_dict:
            problems.append('extra member in simple enum: %r' % name)
            continue
        expected_attrs, found_attrs = checked_enum[name].__dict__, simple_enum[name].__dict__
        member_problems = []
        for key in set(expected_attrs) | set(found_attrs):
            if key in _SIMPLE_ENUM_UNCHECKED_MEMBER_KEYS:
                continue
            if key not in found_attrs:
                member_problems.append("missing key %r not in the simple enum member %r" % (key, name))
            elif key not in expected_attrs:
                member_problems.append("extra key %r in simple enum member %r" % (key, name))
            elif expected_attrs[key] != found_attrs[key]:
                member_problems.append("%r:\n         checked member -> %r\n         simple member  -> %r"
                                       % (key, expected_attrs[key], found_attrs[key]))
        if member_problems:
            problems.append('%r member mismatch:\n      %s' % (name, '\n      '.join(member_problems)))
    for method in _SIMPLE_ENUM_METHODS:
        in_checked, in_simple = method in checked_dict, method in simple_dict
        if in_checked and in_simple:
            continue  # both define their own: functions cannot be compared
        if in_checked != in_simple:
            problems.append("%r:  %s" % (method, "defined only in the checked enum" if in_checked
                                         else "defined only in the simple enum"))
            continue
        # Both inherit it: it must be the same inherited function.
        expected = getattr(checked_enum, method, None)
        found = getattr(simple_enum, method, None)
        expected = getattr(expected, '__func__', expected)
        found = getattr(found, '__func__', found)
        if expected != found:
            problems.append("%r:  %-30s %s" % (method, "checked -> %r" % (expected,), "simple -> %r" % (found,)))
    if problems:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(problems))
