"""_ast (Ember): the node classes of the abstract syntax tree and the PyCF_* compile flags.

CPython builds these classes in C from its ASDL grammar; here they are made from the table
below, which spells each node as in the grammar: a family (the abstract base), its attributes,
and its constructors with typed fields. A field type ending in '*' is a list (default []), one
ending in '?' is optional (default None, also as a class attribute), the rest are required.
compile(..., PyCF_ONLY_AST) fills these classes from Ember's parser (Java, _ember_ast), and
compile() of a tree turns them back into the parser's records.
"""

import sys as _sys

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST

_GRAMMAR = '''
mod
  Module(stmt* body, type_ignore* type_ignores)
  Interactive(stmt* body)
  Expression(expr body)
  FunctionType(expr* argtypes, expr returns)
stmt @ lineno col_offset end_lineno? end_col_offset?
  FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
  AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
  ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)
  Return(expr? value)
  Delete(expr* targets)
  Assign(expr* targets, expr value, string? type_comment)
  TypeAlias(expr name, type_param* type_params, expr value)
  AugAssign(expr target, operator op, expr value)
  AnnAssign(expr target, expr annotation, expr? value, int simple)
  For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  While(expr test, stmt* body, stmt* orelse)
  If(expr test, stmt* body, stmt* orelse)
  With(withitem* items, stmt* body, string? type_comment)
  AsyncWith(withitem* items, stmt* body, string? type_comment)
  Match(expr subject, match_case* cases)
  Raise(expr? exc, expr? cause)
  Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  Assert(expr test, expr? msg)
  Import(alias* names)
  ImportFrom(identifier? module, alias* names, int? level)
  Global(identifier* names)
  Nonlocal(identifier* names)
  Expr(expr value)
  Pass()
  Break()
  Continue()
expr @ lineno col_offset end_lineno? end_col_offset?
  BoolOp(boolop op, expr* values)
  NamedExpr(expr target, expr value)
  BinOp(expr left, operator op, expr right)
  UnaryOp(unaryop op, expr operand)
  Lambda(arguments args, expr body)
  IfExp(expr test, expr body, expr orelse)
  Dict(expr* keys, expr* values)
  Set(expr* elts)
  ListComp(expr elt, comprehension* generators)
  SetComp(expr elt, comprehension* generators)
  DictComp(expr key, expr value, comprehension* generators)
  GeneratorExp(expr elt, comprehension* generators)
  Await(expr value)
  Yield(expr? value)
  YieldFrom(expr value)
  Compare(expr left, cmpop* ops, expr* comparators)
  Call(expr func, expr* args, keyword* keywords)
  FormattedValue(expr value, int conversion, expr? format_spec)
  Interpolation(expr value, constant str, int conversion, expr? format_spec)
  JoinedStr(expr* values)
  TemplateStr(expr* values)
  Constant(constant value, string? kind)
  Attribute(expr value, identifier attr, expr_context ctx)
  Subscript(expr value, expr slice, expr_context ctx)
  Starred(expr value, expr_context ctx)
  Name(identifier id, expr_context ctx)
  List(expr* elts, expr_context ctx)
  Tuple(expr* elts, expr_context ctx)
  Slice(expr? lower, expr? upper, expr? step)
expr_context
  Load()
  Store()
  Del()
boolop
  And()
  Or()
operator
  Add()
  Sub()
  Mult()
  MatMult()
  Div()
  Mod()
  Pow()
  LShift()
  RShift()
  BitOr()
  BitXor()
  BitAnd()
  FloorDiv()
unaryop
  Invert()
  Not()
  UAdd()
  USub()
cmpop
  Eq()
  NotEq()
  Lt()
  LtE()
  Gt()
  GtE()
  Is()
  IsNot()
  In()
  NotIn()
excepthandler @ lineno col_offset end_lineno? end_col_offset?
  ExceptHandler(expr? type, identifier? name, stmt* body)
pattern @ lineno col_offset end_lineno end_col_offset
  MatchValue(expr value)
  MatchSingleton(constant value)
  MatchSequence(pattern* patterns)
  MatchMapping(expr* keys, pattern* patterns, identifier? rest)
  MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
  MatchStar(identifier? name)
  MatchAs(pattern? pattern, identifier? name)
  MatchOr(pattern* patterns)
type_ignore
  TypeIgnore(int lineno, string tag)
type_param @ lineno col_offset end_lineno end_col_offset
  TypeVar(identifier name, expr? bound, expr? default_value)
  ParamSpec(identifier name, expr? default_value)
  TypeVarTuple(identifier name, expr? default_value)
=comprehension(expr target, expr iter, expr* ifs, int is_async)
=arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
=arg(identifier arg, expr? annotation, string? type_comment) @ lineno col_offset end_lineno? end_col_offset?
=keyword(identifier? arg, expr value) @ lineno col_offset end_lineno? end_col_offset?
=alias(identifier name, identifier? asname) @ lineno col_offset end_lineno? end_col_offset?
=withitem(expr context_expr, expr? optional_vars)
=match_case(pattern pattern, expr? guard, stmt* body)
'''

_NO_VALUE = object()


def _warn_deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class AST:
    _fields = ()
    _attributes = ()
    _field_kinds = {}     # field name -> '*' (list), '?' (optional), '' (required)
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (cls.__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument '%s'" % (cls.__name__, name))
            if name not in fields and name not in cls._attributes:
                _warn_deprecated("%s.__init__ got an unexpected keyword argument '%s'. Support for "
                                 "arbitrary keyword arguments is deprecated and will be removed in "
                                 "Python 3.15." % (cls.__name__, name))
            setattr(self, name, value)
        kinds = cls._field_kinds
        for name in fields[len(args):]:
            if name in kwargs:
                continue
            kind = kinds.get(name, '')
            if kind == '*':
                setattr(self, name, [])
            elif kind == 'ctx':
                setattr(self, name, Load())
            elif kind == '':
                _warn_deprecated("%s.__init__ missing 1 required positional argument: '%s'. This "
                                 "will become an error in Python 3.15." % (cls.__name__, name))

    def __reduce__(self):
        return type(self), (), self.__dict__

    def __replace__(self, **changes):
        cls = type(self)
        values = {}
        for name in cls._fields + cls._attributes:
            value = getattr(self, name, _NO_VALUE)
            if value is not _NO_VALUE:
                values[name] = value
        for name in changes:
            if name not in cls._fields and name not in cls._attributes:
                raise TypeError("%s.__replace__ got an unexpected keyword argument '%s'."
                                % (cls.__name__, name))
        values.update(changes)
        return cls(**values)


AST.__module__ = 'ast'


def _parse_fields(text):
    """'expr? value, int simple' -> [('value', '?'), ('simple', '')]."""
    fields = []
    for part in text.split(','):
        part = part.strip()
        if not part:
            continue
        type_name, name = part.split()
        if type_name.endswith('*'):
            kind = '*'
        elif type_name.endswith('?'):
            kind = '?'
        elif type_name == 'expr_context':
            kind = 'ctx'
        else:
            kind = ''
        fields.append((name, kind))
    return fields


def _make_class(name, base, fields, attributes):
    namespace = {
        '__module__': 'ast',
        '_fields': tuple(field for field, _ in fields),
        '__match_args__': tuple(field for field, _ in fields),
        '_field_kinds': dict(fields),
    }
    if attributes is not None:
        namespace['_attributes'] = tuple(attributes)
        for attribute in attributes:
            if attribute.endswith('?'):
                namespace[attribute[:-1]] = None
        namespace['_attributes'] = tuple(a.rstrip('?') for a in attributes)
    for field, kind in fields:
        if kind == '?':
            namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _build_classes():
    family = None
    for line in _GRAMMAR.strip().splitlines():
        stripped = line.strip()
        attributes = None
        if '@' in stripped:
            stripped, _, attribute_text = stripped.partition('@')
            stripped = stripped.strip()
            attributes = attribute_text.split()
        if stripped.startswith('='):
            head, _, rest = stripped[1:].partition('(')
            _make_class(head, AST, _parse_fields(rest.rstrip(') ')), attributes or [])
        elif line.startswith('  '):
            head, _, rest = stripped.partition('(')
            _make_class(head, family, _parse_fields(rest.rstrip(')')), None)
        else:
            family = _make_class(stripped, AST, [], attributes or [])


_build_classes()
del _build_classes, _make_class, _parse_fields
