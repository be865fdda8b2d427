"""Inspecting live objects (Ember's own implementation of the common parts of `inspect`).

Type predicates, getmembers, getmro, unwrap, getdoc/cleandoc, source lookup, frames
(currentframe, stack), and signatures: Signature, Parameter, BoundArguments and signature()
with CPython 3.14's text and error messages.
"""

import sys

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature', 'cleandoc', 'getdoc',
           'getmembers', 'getmro', 'unwrap', 'isclass', 'isfunction', 'ismethod', 'ismodule',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isroutine',
           'iscode', 'isframe', 'istraceback', 'isabstract', 'ismethoddescriptor',
           'isdatadescriptor', 'getsource', 'getsourcelines', 'getsourcefile', 'getfile',
           'getmodule', 'currentframe', 'stack', 'formatannotation', 'getfullargspec',
           'FullArgSpec', 'FrameInfo', 'Traceback', 'getframeinfo', 'trace']

# Code object flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
CO_HAS_DOCSTRING = 0x4000000
CO_METHOD = 0x8000000

TPFLAGS_IS_ABSTRACT = 1 << 20


def _function_type():
    def sample():
        pass
    return type(sample)


_FunctionType = _function_type()


def _method_type():
    class Sample:
        def method(self):
            pass
    return type(Sample().method)


_MethodType = _method_type()
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_CodeType = type(_function_type.__code__)


# ---------------------------------------------------------------------------------------------
# Predicates

def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def _unwrapped_code_flag(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    while True:
        try:
            import functools
            if isinstance(obj, functools.partial):
                obj = obj.func
                continue
        except ImportError:
            pass
        break
    if not (isfunction(obj) or _is_marked_coroutine(obj, flag)):
        return False
    if _is_marked_coroutine(obj, flag):
        return True
    return bool(obj.__code__.co_flags & flag)


_COROUTINE_MARK = object()


def _is_marked_coroutine(obj, flag):
    return flag == CO_COROUTINE and getattr(obj, '_is_coroutine_marker', None) is _COROUTINE_MARK


def markcoroutinefunction(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _COROUTINE_MARK
    return func


def isgeneratorfunction(obj):
    return _unwrapped_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _unwrapped_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _unwrapped_code_flag(obj, CO_ASYNC_GENERATOR)


def _type_name_is(obj, name):
    return type(obj).__name__ == name and type(obj).__module__ == 'builtins'


def isgenerator(object):
    return _type_name_is(object, 'generator')


def iscoroutine(object):
    return _type_name_is(object, 'coroutine')


def isasyncgen(object):
    return _type_name_is(object, 'async_generator')


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), '__await__')


def istraceback(object):
    return _type_name_is(object, 'traceback')


def isframe(object):
    return _type_name_is(object, 'frame')


def iscode(object):
    return isinstance(object, _CodeType)


def isbuiltin(object):
    return isinstance(object, _BuiltinFunctionType)


def ismethodwrapper(object):
    return _type_name_is(object, 'method-wrapper')


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__') \
        and not hasattr(kind, '__delete__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    return _type_name_is(object, 'member_descriptor')


def isgetsetdescriptor(object):
    return _type_name_is(object, 'getset_descriptor')


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Members, MRO, unwrap, docs

def getmembers(object, predicate=None):
    """(name, value) pairs of the attributes of `object`, sorted by name."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        # Attributes reachable through the metaclass's __dict__ only are not listed by dir().
        try:
            for base in object.__bases__:
                for key, value in base.__dict__.items():
                    if isinstance(value, _DynamicClassAttribute):
                        names.append(key)
        except AttributeError:
            pass
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


class _DynamicClassAttribute:
    """Placeholder type: no dynamic class attributes are known to this module."""


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain to the innermost function."""
    original = func
    seen = {id(func)}
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError(f'wrapper loop when unwrapping {original!r}')
        seen.add(id(func))
    return func


def cleandoc(doc):
    """Strip the indentation common to the second and later lines, and blank edge lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip(' '))
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip(' ')
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    """The docstring a method or class inherits from a base class, or None."""
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if isinstance(doc, str):
                return doc
        return None
    name = getattr(obj, '__name__', None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        qualname = obj.__qualname__.split('.')
        if len(qualname) > 1:
            module = sys.modules.get(obj.__module__)
            owner = module
            for part in qualname[:-1]:
                owner = getattr(owner, part, None)
            if not isclass(owner):
                owner = None
    if owner is None or name is None:
        return None
    for base in owner.__mro__:
        if base is owner:
            continue
        candidate = base.__dict__.get(name)
        doc = getattr(candidate, '__doc__', None)
        if isinstance(doc, str):
            return doc
    return None


def getdoc(object):
    """The cleaned docstring of `object`, or one inherited from a base class, or None."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------------------------------------
# Source files and source text

def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was '
                    f'expected, got {type(object).__name__}')


def getmodulename(path):
    """The module name a file path stands for, or None when its suffix is not a module's."""
    import importlib.machinery
    filename = path.replace('\\', '/').rpartition('/')[2]
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    return filename


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def _source_lines(object):
    filename = getsourcefile(object)
    try:
        import linecache
        module = getmodule(object)
        lines = linecache.getlines(filename, module.__dict__ if module else None)
    except ImportError:
        try:
            with open(filename, encoding='utf-8') as source:
                lines = source.readlines()
        except OSError:
            lines = []
    if not lines:
        raise OSError('could not get source code')
    return lines


def _block_from(lines, start):
    """The lines of the statement starting at index `start` and its indented body."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    # Decorators and a multi-line header come before the body.
    while end < len(lines) and first.lstrip().startswith('@') and \
            not lines[end - 1].lstrip().startswith(('def ', 'class ', 'async def ')):
        end += 1
    if not first.rstrip().endswith(':') and not any(
            line.rstrip().endswith(':') for line in lines[start:end]):
        # A one-line body ("def f(): return 1") or a lambda: find the header's end.
        header_end = end
        while header_end < len(lines) and not lines[header_end - 1].rstrip().endswith(':'):
            if len(lines[header_end]) - len(lines[header_end].lstrip()) <= indent \
                    and lines[header_end].strip():
                return lines[start:header_end]
            header_end += 1
        end = header_end
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def getsourcelines(object):
    """(lines, first line number) of the source of `object`."""
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__.split('.')[-1]
        for index, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ') and stripped[6:].lstrip().startswith(qualname) \
                    and stripped[6 + len(stripped[6:]) - len(stripped[6:].lstrip())
                                 + len(qualname):][:1] in ('(', ':', ' ', '['):
                while index > 0 and lines[index - 1].lstrip().startswith('@'):
                    index -= 1
                return _block_from(lines, index), index + 1
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        start = object.co_firstlineno - 1
        if start < 0 or start >= len(lines):
            raise OSError('lineno is out of bounds')
        return _block_from(lines, start), start + 1
    raise OSError('could not find code object')


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------------------------------------
# Frames

def currentframe():
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


class Traceback(tuple):
    """(filename, lineno, function, code_context, index) plus `positions`."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, (filename, lineno, function, code_context, index))
        instance.positions = positions
        return instance

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        return (f'Traceback(filename={self[0]!r}, lineno={self[1]!r}, function={self[2]!r}, '
                f'code_context={self[3]!r}, index={self[4]!r}, '
                f'positions={self.positions!r})')


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index) plus `positions`."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, (frame, filename, lineno, function, code_context,
                                         index))
        instance.positions = positions
        return instance

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return (f'FrameInfo(frame={self[0]!r}, filename={self[1]!r}, lineno={self[2]!r}, '
                f'function={self[3]!r}, code_context={self[4]!r}, index={self[5]!r}, '
                f'positions={self.positions!r})')


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = frame.f_code.co_filename
    code_context = index = None
    if context > 0:
        try:
            import linecache
            lines = linecache.getlines(filename, frame.f_globals)
        except ImportError:
            lines = []
        if lines:
            start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
            code_context = lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index)


def getouterframes(frame, context=1):
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exception().__traceback__, context)


# ---------------------------------------------------------------------------------------------
# Signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    """The kind of a parameter; an int with a name and a description."""

    def __new__(cls, value, name, description):
        member = super().__new__(cls, value)
        member._name = name
        member.description = description
        return member

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name

    def __repr__(self):
        return f'<_ParameterKind.{self._name}: {int(self)}>'

    def __reduce__(self):
        return (getattr, (_ParameterKind, self._name))


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)
for _kind in _KINDS:
    setattr(_ParameterKind, _kind.name, _kind)
del _kind


def formatannotation(annotation, base_module=None, *, quote_annotation_strings=True):
    if not quote_annotation_strings and isinstance(annotation, str):
        return annotation
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda match: match.group().removeprefix('typing.'),
                      repr(annotation))
    if type(annotation).__name__ == 'GenericAlias' and type(annotation).__module__ == 'types':
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if type(annotation).__name__ == 'ForwardRef':
        return annotation.__forward_arg__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        kind = _KINDS[int(kind)]
        self._kind = kind
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = f'implicit{name[1:]}'
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    __replace__ = replace

    def _format(self, *, quote_annotation_strings=True):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: ' + formatannotation(
                self._annotation, quote_annotation_strings=quote_annotation_strings)
        if self._default is not _empty:
            separator = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{separator}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __str__(self):
        return self._format()

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: parameter name -> argument value."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param._name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            elif param.kind != _VAR_POSITIONAL:
                kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            checked = {}
        elif __validate_parameters__:
            checked = self._validated(parameters)
        else:
            checked = {param.name: param for param in parameters}
        self._parameters = type(type.__dict__)(checked)
        self._return_annotation = return_annotation

    @staticmethod
    def _validated(parameters):
        checked = {}
        top_kind = _POSITIONAL_ONLY
        seen_default = False
        seen_var = set()
        for param in parameters:
            kind = param.kind
            name = param.name
            if kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                if kind in seen_var:
                    raise ValueError(f'more than one {kind.description} parameter')
                seen_var.add(kind)
            if kind < top_kind:
                raise ValueError(f'wrong parameter order: {top_kind.description} parameter '
                                 f'before {kind.description} parameter')
            if kind > top_kind:
                top_kind = kind
            if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if param.default is _empty:
                    if seen_default:
                        raise ValueError('non-default argument follows default argument')
                else:
                    seen_default = True
            if name in checked:
                raise ValueError(f'duplicate parameter name: {name!r}')
            checked[name] = param
        return checked

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False, annotation_format=None):
        return _signature_from_callable(obj, sigcls=cls, follow_wrapped=follow_wrapped,
                                        eval_str=eval_str, globals=globals, locals=locals)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        keyword_only = frozenset(param for param in self.parameters.values()
                                 if param.kind == _KEYWORD_ONLY)
        return params, keyword_only, self.return_annotation

    def __hash__(self):
        params, keyword_only, return_annotation = self._hash_basis()
        return hash((params, frozenset(keyword_only), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        rest = ()
        values = iter(args)
        positional_only_in_kwargs = []
        while True:
            try:
                value = next(values)
            except StopIteration:
                param = next(parameters, None)
                if param is None:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        if param.default is _empty:
                            raise TypeError(f'missing a required positional-only argument: '
                                            f'{param.name!r}')
                        positional_only_in_kwargs.append(param)
                        continue
                    rest = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    rest = (param,)
                    break
                kind_text = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                raise TypeError(f'missing a required{kind_text} argument: {param.name!r}') \
                    from None
            else:
                param = next(parameters, None)
                if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (value,) + tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError(f'multiple values for argument {param.name!r}') from None
                arguments[param.name] = value
        kwargs_param = None
        for param in list(rest) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}') from None
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif positional_only_in_kwargs:
                names = ', '.join(param.name for param in positional_only_in_kwargs)
                raise TypeError(f'got some positional-only arguments passed as keyword '
                                f'arguments: {names!r}')
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None, quote_annotation_strings=True):
        parts = []
        pending_slash = False
        star_needed = True
        for param in self.parameters.values():
            text = param._format(quote_annotation_strings=quote_annotation_strings)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(text)
        if pending_slash:
            parts.append('/')
        rendered = f"({', '.join(parts)})"
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(parts))
        if self.return_annotation is not _empty:
            rendered += ' -> ' + formatannotation(
                self.return_annotation, quote_annotation_strings=quote_annotation_strings)
        return rendered


def _annotations_of(func, eval_str, globals, locals):
    try:
        import annotationlib
        return annotationlib.get_annotations(func, eval_str=eval_str, globals=globals,
                                             locals=locals)
    except ImportError:
        pass
    annotations = getattr(func, '__annotations__', None) or {}
    if eval_str:
        namespace = globals if globals is not None else getattr(func, '__globals__', {})
        annotations = {key: eval(value, namespace, locals) if isinstance(value, str) else value
                       for key, value in annotations.items()}
    return dict(annotations)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    code = func.__code__
    positional_count = code.co_argcount
    positional_only = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    names = code.co_varnames
    positional = names[:positional_count]
    keyword_only = names[positional_count:positional_count + keyword_only_count]
    annotations = _annotations_of(func, eval_str, globals, locals)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = positional_count - len(defaults)
    parameters = []
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < positional_only else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    extra = positional_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = names[extra]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
        extra += 1
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[extra]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _without_first(sig):
    """The signature with its first parameter bound (methods); an error when there is none."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_partial(wrapped_sig, partial, extra_args=()):
    """The signature left after functools.partial fixed some arguments."""
    old_params = wrapped_sig.parameters
    new_params = dict(old_params)
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as error:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from error
    transform_to_kwonly = False
    for name, param in old_params.items():
        # *args and **kwargs stay: the partial object still accepts more of them
        variadic = param.kind == _VAR_POSITIONAL or param.kind == _VAR_KEYWORD
        if name in bound.arguments and name not in partial_keywords and not variadic:
            new_params.pop(name)
            continue
        if transform_to_kwonly:
            if param.kind == _VAR_POSITIONAL:
                # after a positional parameter given by keyword, no positional argument fits
                new_params.pop(name)
            elif param.kind != _VAR_KEYWORD:
                new_params[name] = param.replace(kind=_KEYWORD_ONLY)
            continue
        if name in partial_keywords:
            if param.kind == _POSITIONAL_ONLY:
                new_params.pop(name)
                continue
            new_params[name] = param.replace(default=bound.arguments[name])
            if param.kind == _POSITIONAL_OR_KEYWORD:
                transform_to_kwonly = True
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
    return wrapped_sig.replace(parameters=new_params.values())


# builtins that are neither builtin functions nor method descriptors: slot wrappers
# (object.__init__), method-wrappers ((1).__add__), class-method descriptors
_BUILTIN_CALLABLES = (type(object.__init__), type((0).__add__), type(dict.__dict__['fromkeys']))


def _signature_from_text(cls, text, skip_self):
    """A signature from a builtin's __text_signature__ like '($self, /, x, y=None)'."""
    import ast
    source = f'def f{text.replace("$", "")}: pass'
    tree = ast.parse(source)
    args = tree.body[0].args
    self_named = '$' in text
    parameters = []

    def value_of(node):
        try:
            return ast.literal_eval(node)
        except ValueError:
            return ast.unparse(node)

    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    for index, arg in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < len(args.posonlyargs) else _POSITIONAL_OR_KEYWORD
        default = value_of(args.defaults[index - first_default]) if index >= first_default \
            else _empty
        parameters.append(Parameter(arg.arg, kind, default=default))
    if args.vararg:
        parameters.append(Parameter(args.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        parameters.append(Parameter(arg.arg, _KEYWORD_ONLY,
                                    default=_empty if default is None else value_of(default)))
    if args.kwarg:
        parameters.append(Parameter(args.kwarg.arg, _VAR_KEYWORD))
    if self_named and skip_self and parameters:
        parameters = parameters[1:]
    return cls(parameters)


def _signature_from_callable(obj, *, follow_wrapped=True, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False, sigcls=Signature):
    def recurse(target):
        return _signature_from_callable(target, follow_wrapped=follow_wrapped,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if ismethod(obj):
        sig = recurse(obj.__func__)
        return _without_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or ismethod(f))
        if ismethod(obj):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    try:
        import functools
        partial_type = functools.partial
    except ImportError:
        partial_type = None
    if partial_type is not None and isinstance(obj, partial_type):
        return _signature_from_partial(recurse(obj.func), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _BUILTIN_CALLABLES):
        text = getattr(obj, '__text_signature__', None)
        if not text:
            raise ValueError(f'no signature found for builtin {obj!r}')
        # the $self/$module/$type parameter goes when bound (always for a module's function)
        receiver = getattr(obj, '__self__', None)
        skip = receiver is not None and (ismodule(receiver) or skip_bound_arg)
        try:
            return _signature_from_text(sigcls, text, skip_self=skip)
        except SyntaxError:  # a default CPython cannot show, like <unrepresentable>
            raise ValueError(f'{obj!r} builtin has invalid signature') from None
    if isinstance(obj, type):
        return _signature_of_class(obj, recurse)
    call = _lookup_type_attribute(type(obj), '__call__')
    if call is not None:
        # a callable instance may state its signature (operator.itemgetter(1): '(obj, /)')
        try:
            text = obj.__text_signature__
        except AttributeError:
            text = None
        if text:
            return _signature_from_text(sigcls, text, skip_self=False)
        bound = call.__get__(obj, type(obj)) if hasattr(call, '__get__') else call
        return recurse(bound)
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _lookup_type_attribute(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _signature_of_class(cls, recurse):
    """The signature of calling a class: the metaclass __call__, else __new__/__init__."""
    call = _lookup_type_attribute(type(cls), '__call__')
    if call is not None and call is not type.__dict__['__call__']:
        return _without_first(recurse(call))
    new = _lookup_type_attribute(cls, '__new__')
    init = _lookup_type_attribute(cls, '__init__')
    for base in cls.__mro__:
        if '__new__' in base.__dict__ and base.__dict__['__new__'] is not object.__new__ \
                and base is not object:
            new_owner = base
            break
    else:
        new_owner = None
    for base in cls.__mro__:
        if '__init__' in base.__dict__ and base is not object:
            init_owner = base
            break
    else:
        init_owner = None
    if init_owner is not None and (new_owner is None
                                   or cls.__mro__.index(init_owner)
                                   <= cls.__mro__.index(new_owner)):
        if isfunction(init):
            return _without_first(recurse(init))
    if new_owner is not None:
        new_func = new.__func__ if hasattr(new, '__func__') else new
        if isfunction(new_func):
            return _without_first(recurse(new_func))
    if init_owner is not None and isfunction(init):
        return _without_first(recurse(init))
    text = getattr(cls, '__text_signature__', None)
    if isinstance(text, str) and text:
        return _signature_from_text(Signature, text, skip_self=False)
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return Signature()
    kind = '' if cls in (type, object) else 'type '  # CPython treats these two as plain builtins
    raise ValueError(f'no signature found for builtin {kind}{cls!r}')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False,
              annotation_format=None):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


class FullArgSpec(tuple):
    """(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)."""

    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults',
               'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return super().__new__(cls, (args, varargs, varkw, defaults, kwonlyargs,
                                     kwonlydefaults, annotations))

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'FullArgSpec({shown})'


for _index, _field in enumerate(FullArgSpec._fields):
    setattr(FullArgSpec, _field, property(lambda self, _i=_index: self[_i]))
del _index, _field


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as error:
        raise TypeError('unsupported callable') from error
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    defaults = ()
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


__all__.append('get_annotations')


def _buffer_flags():
    """inspect.BufferFlags: the flags __buffer__(flags) receives (PEP 688), as an IntFlag."""
    import enum
    nd, writable, format_ = 0x8, 0x1, 0x4
    strides = 0x10 | nd
    indirect = 0x100 | strides
    members = {
        'SIMPLE': 0x0, 'WRITABLE': writable, 'FORMAT': format_, 'ND': nd, 'STRIDES': strides,
        'C_CONTIGUOUS': 0x20 | strides, 'F_CONTIGUOUS': 0x40 | strides,
        'ANY_CONTIGUOUS': 0x80 | strides, 'INDIRECT': indirect, 'CONTIG': nd | writable,
        'CONTIG_RO': nd, 'STRIDED': strides | writable, 'STRIDED_RO': strides,
        'RECORDS': strides | writable | format_, 'RECORDS_RO': strides | format_,
        'FULL': indirect | writable | format_, 'FULL_RO': indirect | format_,
        'READ': 0x100, 'WRITE': 0x200,
    }
    flags = enum.IntFlag('BufferFlags', members, module='inspect')
    return flags


__all__.append('BufferFlags')


def __getattr__(name):
    # 3.14: inspect.get_annotations (and Format, ForwardRef) are annotationlib's, imported on first use
    if name in ('get_annotations', 'Format', 'ForwardRef'):
        import annotationlib
        value = getattr(annotationlib, name)
        globals()[name] = value
        return value
    if name == 'BufferFlags':     # made on first use: it needs enum
        value = globals()[name] = _buffer_flags()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---- the state of generators, coroutines and async generators ----

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def _run_state(running, suspended, frame, created, running_name, suspended_name, closed):
    if running:
        return running_name
    if suspended:
        return suspended_name
    if frame is None:       # finished or closed: the frame is gone
        return closed
    return created


def getgeneratorstate(generator):
    """The generator's state: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED)


def getcoroutinestate(coroutine):
    """The coroutine's state: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED)


def getasyncgenstate(agen):
    """The async generator's state: AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    return _run_state(agen.ag_running, agen.ag_suspended, agen.ag_frame,
                      AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED)


def _frame_locals(frame):
    return {} if frame is None else dict(frame.f_locals)


def getgeneratorlocals(generator):
    """The generator's current local variables ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    return _frame_locals(generator.gi_frame)


def getcoroutinelocals(coroutine):
    """The coroutine's current local variables ({} once it has finished, or for a non-coroutine)."""
    frame = getattr(coroutine, "cr_frame", None)
    return _frame_locals(frame)


def getasyncgenlocals(agen):
    """The async generator's current local variables ({} once it has finished)."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, "ag_frame", None)
    return _frame_locals(frame)


__all__ += ['GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'getgeneratorstate',
            'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED', 'getcoroutinestate',
            'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED', 'getasyncgenstate',
            'getgeneratorlocals', 'getcoroutinelocals', 'getasyncgenlocals']
