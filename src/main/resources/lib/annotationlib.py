"""Introspection of annotations (PEP 649/749): the formats an annotate function can be asked
for, ForwardRef, and get_annotations().

Ember's way to get the FORWARDREF and STRING formats out of an annotate function that only
knows VALUE is the one CPython 3.14 describes: the function is re-created over fake globals in
which names stand for "stringifier" objects, then called with VALUE_WITH_FAKE_GLOBALS; the
stringifiers record what the annotation did with them (attribute access, subscription,
operators, calls) as source text. Ember's fake globals are ordinary dicts filled in advance with
a stringifier for every name the code (and the code nested in it) mentions."""

import builtins
import enum
import keyword
import sys
import types

__all__ = [
    "Format",
    "ForwardRef",
    "call_annotate_function",
    "call_evaluate_function",
    "get_annotate_from_class_namespace",
    "get_annotations",
    "annotations_to_string",
    "type_repr",
]


class Format(enum.IntEnum):
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


_FORWARD_ATTRS = (
    "__forward_arg__", "__forward_module__", "__forward_is_argument__", "__forward_is_class__",
    "__owner__", "__globals__", "__cell__", "_code", "_stringifier_parts",
)


class ForwardRef:
    """A reference to a name (or an expression) that could not be evaluated yet."""

    def __init__(self, arg, *, module=None, owner=None, is_argument=True, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__owner__ = owner
        self.__globals__ = None
        self.__cell__ = None
        self._code = None

    def __init_subclass__(cls, /, *args, **kwargs):
        raise TypeError("Cannot subclass ForwardRef")

    @property
    def __forward_code__(self):
        if self._code is None:
            arg = self.__forward_arg__
            # a bare `*Ts` is accepted as `Unpack[Ts]` would be
            source = f"({arg},)[0]" if arg.startswith("*") else arg
            try:
                self._code = compile(source, "<string>", "eval")
            except SyntaxError:
                raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}") from None
        return self._code

    def evaluate(self, *, globals=None, locals=None, type_params=None, owner=None, format=Format.VALUE):
        """The value the reference stands for, looked up in the given (or the owner's) namespaces."""
        if format == Format.STRING:
            return self.__forward_arg__
        if format not in (Format.VALUE, Format.FORWARDREF):
            raise NotImplementedError(format)
        if self.__cell__ is not None:
            try:
                return self.__cell__.cell_contents
            except ValueError:
                pass
        if owner is None:
            owner = self.__owner__
        globals = self._globals_for(globals, owner)
        locals = {} if locals is None else dict(locals)
        if locals is not None and isinstance(owner, type):
            for key, value in vars(owner).items():
                locals.setdefault(key, value)
        if type_params is None and owner is not None:
            type_params = getattr(owner, "__type_params__", None)
        for param in type_params or ():
            locals.setdefault(param.__name__, param)
        arg = self.__forward_arg__
        if arg.isidentifier() and not keyword.iskeyword(arg):
            for namespace in (locals, globals, vars(builtins)):
                if namespace is not None and arg in namespace:
                    return namespace[arg]
            if format == Format.FORWARDREF:
                return self
            error = NameError(f"name {arg!r} is not defined")
            error.name = arg
            raise error
        try:
            return eval(self.__forward_code__, globals if globals is not None else {}, locals)
        except NameError:
            if format == Format.FORWARDREF:
                return self
            raise

    def _globals_for(self, globals, owner):
        if globals is not None:
            return globals
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            if module is not None:
                return module.__dict__
        if self.__globals__ is not None:
            return self.__globals__
        if isinstance(owner, type):
            module = sys.modules.get(owner.__module__)
            return module.__dict__ if module is not None else None
        if isinstance(owner, types.ModuleType):
            return owner.__dict__
        if callable(owner):
            return getattr(owner, "__globals__", None)
        return None

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__
                and self.__forward_is_class__ == other.__forward_is_class__
                and self.__globals__ is other.__globals__
                and self.__cell__ is other.__cell__
                and self.__owner__ == other.__owner__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__, self.__forward_is_class__,
                     id(self.__globals__), id(self.__cell__), self.__owner__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __repr__(self):
        extra = ""
        if self.__forward_module__ is not None:
            extra += f", module={self.__forward_module__!r}"
        if self.__forward_is_class__:
            extra += ", is_class=True"
        if self.__owner__ is not None:
            extra += f", owner={self.__owner__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{extra})"


def _union(left, right):
    import typing
    return typing.Union[left, right]


# ---- stringifiers: the fake values of names while an annotate function runs on fake globals ----

def _source(value):
    """How a real value inside a stringified expression is written."""
    if isinstance(value, _Stringifier):
        return value.__forward_arg__
    if isinstance(value, slice):
        parts = ["" if part is None else _source(part) for part in (value.start, value.stop)]
        text = ":".join(parts)
        return text + ":" + _source(value.step) if value.step is not None else text
    if value is ...:
        return "..."
    if isinstance(value, type):
        return type_repr(value)
    return repr(value)


def _operand(value):
    """An operand of an operator: a compound stringified expression is parenthesized."""
    if isinstance(value, _Stringifier) and value._compound:
        return f"({value.__forward_arg__})"
    return _source(value)


class _Stringifier:
    """Stands for a name (or an expression over names) while annotations are computed."""

    def __init__(self, text, context, compound=False):
        ForwardRef.__init__(self, text, owner=context.owner, is_class=context.is_class)
        self.__globals__ = context.globals
        self._context = context
        self._compound = compound
        context.made.append(self)

    def _new(self, text, compound=False):
        return _Stringifier(text, self._context, compound)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") or name.startswith("_"):
            raise AttributeError(name)
        return self._new(f"{_operand(self)}.{name}")

    def __getitem__(self, key):
        if isinstance(key, tuple):
            inside = ", ".join(_source(item) for item in key)
        else:
            inside = _source(key)
        return self._new(f"{_operand(self)}[{inside}]")

    def __call__(self, *args, **kwargs):
        parts = [_source(a) for a in args] + [f"{k}={_source(v)}" for k, v in kwargs.items()]
        return self._new(f"{_operand(self)}({', '.join(parts)})")

    def __iter__(self):
        yield self._new(f"*{_operand(self)}")

    def __repr__(self):
        return self.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def _binary(op):
        def forward(self, other):
            return self._new(f"{_operand(self)} {op} {_operand(other)}", True)

        def reflected(self, other):
            return self._new(f"{_operand(other)} {op} {_operand(self)}", True)
        return forward, reflected

    __add__, __radd__ = _binary("+")
    __sub__, __rsub__ = _binary("-")
    __mul__, __rmul__ = _binary("*")
    __matmul__, __rmatmul__ = _binary("@")
    __truediv__, __rtruediv__ = _binary("/")
    __floordiv__, __rfloordiv__ = _binary("//")
    __mod__, __rmod__ = _binary("%")
    __pow__, __rpow__ = _binary("**")
    __lshift__, __rlshift__ = _binary("<<")
    __rshift__, __rrshift__ = _binary(">>")
    __and__, __rand__ = _binary("&")
    __xor__, __rxor__ = _binary("^")
    __or__, __ror__ = _binary("|")

    def _compare(op):
        def compare(self, other):
            return self._new(f"{_operand(self)} {op} {_operand(other)}", True)
        return compare

    __lt__ = _compare("<")
    __le__ = _compare("<=")
    __gt__ = _compare(">")
    __ge__ = _compare(">=")
    __eq__ = _compare("==")
    __ne__ = _compare("!=")

    def __neg__(self):
        return self._new(f"-{_operand(self)}", True)

    def __pos__(self):
        return self._new(f"+{_operand(self)}", True)

    def __invert__(self):
        return self._new(f"~{_operand(self)}", True)

    del _binary, _compare


class _StringifierContext:
    def __init__(self, globals, owner, is_class):
        self.globals = globals
        self.owner = owner
        self.is_class = is_class
        self.made = []


def _names_of(code):
    """Every name the code object (and the code nested in it) may load."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names_of(const)
    return names


def _fake_function(annotate, format, owner, is_class):
    """annotate re-created over globals where missing names (all names, for STRING) are stringifiers."""
    real_globals = annotate.__globals__
    context = _StringifierContext(real_globals, owner, is_class)
    names = _names_of(annotate.__code__)
    if format == Format.STRING:
        fake_globals = {"__builtins__": {}}
        for name in names:
            fake_globals[name] = _Stringifier(name, context)
    else:
        fake_globals = dict(real_globals)
        builtin_names = vars(builtins)
        fake_globals["__builtins__"] = builtin_names
        for name in names:
            if name not in real_globals and name not in builtin_names:
                fake_globals[name] = _Stringifier(name, context)
    closure = _fake_closure(annotate, format, context, names)
    function = types.FunctionType(annotate.__code__, fake_globals, annotate.__name__,
                                  annotate.__defaults__, closure, annotate.__kwdefaults__)
    return function, context


class _Everything:
    """Contains every value: the set of executed conditional annotations, for the STRING format."""

    def __contains__(self, item):
        return True


_EVERYTHING = _Everything()


def _fake_closure(annotate, format, context, names):
    if not annotate.__closure__:
        return None
    cells = []
    for name, cell in zip(annotate.__code__.co_freevars, annotate.__closure__):
        if name == "__conditional_annotations__":
            # STRING lists every annotation, executed or not (as CPython's does); the other formats only the executed ones
            cells.append(types.CellType(_EVERYTHING) if format == Format.STRING else cell)
            continue
        if name == "__classdict__":
            try:
                real = cell.cell_contents
            except ValueError:
                real = {}
            if format == Format.STRING:
                fake = {n: _Stringifier(n, context) for n in names}
            else:
                fake = dict(real)
            cells.append(types.CellType(fake))
            continue
        if format == Format.STRING:
            cells.append(types.CellType(_Stringifier(name, context)))
            continue
        try:
            cells.append(types.CellType(cell.cell_contents))
        except ValueError:
            cells.append(types.CellType(_Stringifier(name, context)))
    return tuple(cells)


def call_annotate_function(annotate, format, *, owner=None, _is_evaluate=False):
    """Calls an annotate function for the given format, supplying FORWARDREF and STRING when it cannot."""
    format = Format(format)
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    try:
        return annotate(format)
    except NotImplementedError:
        pass
    if format == Format.VALUE:
        return annotate(format)
    if format == Format.FORWARDREF:
        try:
            return annotate(Format.VALUE)
        except (NameError, AttributeError):
            pass
    if not isinstance(annotate, types.FunctionType):
        raise NotImplementedError(f"Cannot compute {format.name} annotations of {annotate!r}")
    is_class = isinstance(owner, type)
    function, context = _fake_function(annotate, format, owner, is_class)
    result = function(Format.VALUE_WITH_FAKE_GLOBALS)
    if format == Format.STRING:
        if _is_evaluate:
            return _to_string(result)
        return {key: _to_string(value) for key, value in result.items()}
    for made in context.made:  # the stringifiers that remain in the values become ForwardRefs
        del made._context, made._compound
        made.__class__ = ForwardRef
    return result


def _to_string(value):
    if isinstance(value, str):
        return value
    return _source(value)


def call_evaluate_function(evaluate, format, *, owner=None):
    """Calls an evaluate function (a TypeVar's bound, a type alias's value) for the given format."""
    return call_annotate_function(evaluate, format, owner=owner, _is_evaluate=True)


def get_annotate_from_class_namespace(obj):
    """The annotate function in a class namespace being built (as a metaclass's __new__ sees it), or None."""
    try:
        return obj["__annotate__"]
    except KeyError:
        return obj.get("__annotate_func__", None)


def _annotate_of(obj):
    if isinstance(obj, type):
        try:
            return type.__dict__["__annotate__"].__get__(obj)
        except AttributeError:
            return None
    return getattr(obj, "__annotate__", None)


def _dunder_annotations(obj):
    if isinstance(obj, type):
        try:
            annotations = type.__dict__["__annotations__"].__get__(obj)
        except AttributeError:
            return None
    else:
        annotations = getattr(obj, "__annotations__", None)
        if annotations is None:
            return None
    if not isinstance(annotations, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return annotations


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=Format.VALUE):
    """The annotations of a class, module or callable, as a new dict, in the requested format."""
    if eval_str and format != Format.VALUE:
        raise ValueError("eval_str=True is only supported with format=Format.VALUE")
    format = Format(format)
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    if format == Format.STRING:
        annotate = _annotate_of(obj)
        if annotate is not None:
            return dict(call_annotate_function(annotate, format, owner=obj))
        annotations = _dunder_annotations(obj)
        if annotations is not None:
            return annotations_to_string(annotations)
    elif format == Format.FORWARDREF:
        try:
            annotations = _dunder_annotations(obj)
        except (NameError, AttributeError):
            annotations = None
            annotate = _annotate_of(obj)
            if annotate is not None:
                return dict(call_annotate_function(annotate, format, owner=obj))
        if annotations is not None:
            return dict(annotations)
    else:
        annotations = _dunder_annotations(obj)
    if annotations is None:
        if isinstance(obj, type) or callable(obj) or isinstance(obj, types.ModuleType):
            return {}
        raise TypeError(f"{obj!r} does not have annotations")
    if not annotations:
        return {}
    if not eval_str:
        return dict(annotations)
    return _evaluate_strings(obj, annotations, globals, locals)


def _evaluate_strings(obj, annotations, globals, locals):
    obj_globals = obj_locals = None
    unwrap = None
    if isinstance(obj, type):
        module = sys.modules.get(obj.__module__, None)
        obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, types.ModuleType):
        obj_globals = obj.__dict__
    elif callable(obj):
        obj_globals = getattr(obj, "__globals__", None)
        unwrap = obj
    if unwrap is not None:
        while True:
            if hasattr(unwrap, "__wrapped__"):
                unwrap = unwrap.__wrapped__
                continue
            func = getattr(unwrap, "func", None)
            if func is not None and type(unwrap).__name__ == "partial":
                unwrap = func
                continue
            break
        if hasattr(unwrap, "__globals__"):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    type_params = getattr(obj, "__type_params__", ())
    if type_params:
        locals = dict(locals or {})
        for param in type_params:
            locals.setdefault(param.__name__, param)
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in annotations.items()}


def annotations_to_string(annotations):
    """The annotations dict with every value that is not a string written as source text."""
    return {name: value if isinstance(value, str) else type_repr(value)
            for name, value in annotations.items()}


def type_repr(value):
    """How annotationlib writes a value: classes and functions by qualified name, ... as "..."."""
    if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
        module = getattr(value, "__module__", "builtins")  # Ember's builtin functions may lack __module__
        if module == "builtins":
            return value.__qualname__
        return f"{module}.{value.__qualname__}"
    if value is ...:
        return "..."
    return repr(value)
