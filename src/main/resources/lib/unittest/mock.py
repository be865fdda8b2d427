"""Mock objects for tests: Mock, MagicMock, patch, create_autospec and friends.

Written for Ember from CPython's documented behaviour (docs.python.org, unittest.mock); the
reprs and AssertionError messages follow CPython 3.13.

How a mock works: every mock instance gets a class of its own (made in __new__), so that magic
methods configured on one MagicMock do not leak into another. Child mocks are made on first
attribute access and cached in _mock_children. Each call is recorded in the mock's call_args /
call_args_list / mock_calls and, walking the _mock_new_parent chain, in every ancestor's
mock_calls (and method_calls for attribute children).
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
    'AsyncMock', 'ThreadingMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock',
    'mock_open', 'PropertyMock', 'seal',
)

import builtins
import contextlib
import importlib
import inspect
import pprint
import sys
import threading
from functools import partial, wraps
from types import BuiltinFunctionType, FunctionType, MethodType, ModuleType, CodeType


class InvalidSpecError(Exception):
    """Raised when a mock is used as the spec of another mock."""


FILTER_DIR = True

_safe_super = super


# ---- sentinels -----------------------------------------------------------------------------------

class _SentinelObject(object):
    """A unique named object: sentinel.NAME."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """Hands out one _SentinelObject per attribute name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # copy and pickle look for __bases__: a sentinel is no class
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ---- small predicates ----------------------------------------------------------------------------

def _is_instance_mock(obj):
    # type(), not isinstance(): a mock with a spec lies about its __class__
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _extract_mock(obj):
    # an autospecced function is a real function whose mock hangs on .mock
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether instances of the class obj (or obj's class) are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _is_async_func(func):
    if getattr(func, '__code__', None):
        return inspect.iscoroutinefunction(func)
    return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


def _static_lookup(obj, name):
    """The attribute as stored (no descriptor call), or None: the instance dict, then the MRO."""
    try:
        own = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        own = {}
    if not isinstance(obj, type) and name in own:
        return own[name]
    klass = obj if isinstance(obj, type) else type(obj)
    for base in klass.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return own.get(name) if isinstance(own, dict) else None


def _is_async_attribute(spec, name):
    found = _static_lookup(spec, name)
    if isinstance(found, (staticmethod, classmethod)):
        found = found.__func__
    try:
        found = inspect.unwrap(found)
    except Exception:
        pass
    try:
        return inspect.iscoroutinefunction(found)
    except Exception:
        return False


def _check_spec_arg_typos(kwargs_to_check):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs_to_check:
            raise RuntimeError(f'{typo!r} might be a typo; use unsafe=True if this is intended')


FunctionTypes = (FunctionType, MethodType)


# ---- signatures --------------------------------------------------------------------------------

def _get_signature_object(func, as_instance, eat_self):
    """(the function whose signature counts, its signature), or None when it has none."""
    if isinstance(func, type) and not as_instance:
        # a class is called through its __init__
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    sig_func = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(sig_func)
    except (ValueError, TypeError):
        return None


def _copy_func_details(func, funcopy):
    for attribute in ('__name__', '__doc__', '__text_signature__', '__module__', '__defaults__',
                      '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except (AttributeError, TypeError):
            pass


def _check_sig(spec, mock, skipfirst, instance=False):
    """Makes calls of mock check their arguments against spec's signature."""
    found = _get_signature_object(spec, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)

    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _set_signature(mock, original, instance=False):
    """A real function with original's signature that checks its arguments and calls mock."""
    skipfirst = isinstance(original, type)
    found = _get_signature_object(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)

    if inspect.iscoroutinefunction(original):
        # the arguments are checked when the coroutine runs, as the real one would bind them
        async def funcopy(*args, **kwargs):
            checksig(*args, **kwargs)
            return await mock(*args, **kwargs)
    else:
        def funcopy(*args, **kwargs):
            checksig(*args, **kwargs)
            return mock(*args, **kwargs)

    _copy_func_details(func, funcopy)
    if not funcopy.__name__.isidentifier():
        # a lambda's '<lambda>'
        funcopy.__name__ = 'funcopy'
    funcopy.__signature__ = sig
    try:
        funcopy.__qualname__ = getattr(original, '__qualname__', funcopy.__name__)
    except (AttributeError, TypeError):
        pass
    _setup_func(funcopy, mock, sig)
    return funcopy


def _setup_func(funcopy, mock, sig):
    """Gives the autospecced function the mock's attributes and assertion methods."""
    funcopy.mock = mock

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'assert_not_called', 'assert_called', 'assert_called_once'):
        setattr(funcopy, name, getattr(mock, name))
    funcopy.reset_mock = reset_mock
    mock._mock_delegate = funcopy


def _setup_async_mock(mock):
    mock._is_coroutine_marker = _coroutine_mark()
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()
    for name in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                 'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                 'assert_not_awaited'):
        setattr(mock, name, getattr(mock.mock, name))


def _coroutine_mark():
    """The marker inspect.iscoroutinefunction accepts on a non-function."""
    mark = getattr(inspect, '_COROUTINE_MARK', None)
    if mark is None:
        mark = getattr(inspect, '_is_coroutine_mark', None)
    return mark


# ---- attribute bookkeeping -----------------------------------------------------------------------

def _check_and_set_parent(parent, value, name, new_name):
    """Adopts value as parent's child when it is an unnamed, parentless mock."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        # a mock can't be its own ancestor
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _MockIter(object):
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect', '_mock_parent',
    '_mock_new_parent', '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    """A property kept in _mock_NAME, or on the autospecced function when there is one."""
    _allowed_names.add(name)
    stored = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, stored)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[stored] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous sub-list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for start in range(len(self) - size + 1):
            if self[start:start + size] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class _SpecState(object):
    """A spec attribute whose autospecced mock is made when it is first accessed."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class _AnyComparer(list):
    """`in` that compares with the expected call on the left, so ANY in it decides."""

    def __contains__(self, item):
        for candidate in self:
            if len(item) == len(candidate) and all(
                    expected == actual for expected, actual in zip(item, candidate)):
                return True
        return False


# ---- NonCallableMock ------------------------------------------------------------------------------


def _not_found_in_order(noun, plural, expected, calls, actual_line):
    """assert_has_calls/assert_has_awaits: the AssertionError for a missing run of calls (or for
    expected calls that could not be matched against the spec: exceptions in `expected`)."""
    if any(isinstance(e, Exception) for e in expected):
        problem = 'Error processing expected {}.\nErrors: {}'.format(
            plural, [e if isinstance(e, Exception) else None for e in expected])
    else:
        problem = f'{noun} not found.'
    return AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n{actual_line}')


def _match_in_any_order(expected, recorded):
    """Each expected call takes one equal recorded call: (the recorded calls left over, the
    expected calls that found none)."""
    remaining = list(recorded)
    not_found = []
    for kall in expected:
        try:
            remaining.remove(kall)
        except ValueError:
            not_found.append(kall)
    return remaining, not_found

class NonCallableMock(Base):
    """A mock that can't be called: attribute access makes child mocks."""

    _lock = threading.RLock()

    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec_arg = kw.get('spec_set', kw.get('spec'))
            if spec_arg is None and args:
                spec_arg = args[0]
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        # a class of its own per instance: magic methods are looked up on the type
        own_class = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return _safe_super(NonCallableMock, cls).__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        own = self.__dict__
        own['_mock_parent'] = parent
        own['_mock_name'] = name
        own['_mock_new_name'] = _new_name
        own['_mock_new_parent'] = _new_parent
        own['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        own['_mock_children'] = {}
        own['_mock_wraps'] = wraps
        own['_mock_delegate'] = None
        own['_mock_called'] = False
        own['_mock_call_args'] = None
        own['_mock_call_count'] = 0
        own['_mock_call_args_list'] = _CallList()
        own['_mock_mock_calls'] = _CallList()
        own['method_calls'] = _CallList()
        own['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Attaches mock as attribute, so that its calls are recorded in this mock."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to spec's (and spec_set forbids setting others)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            spec_signature = found and found[1]
            spec_list = dir(spec)
            for attr in spec_list:
                if _is_async_attribute(spec, attr):
                    spec_asyncs.append(attr)
            spec = spec_list
        own = self.__dict__
        own['_spec_class'] = spec_class
        own['_spec_set'] = spec_set
        own['_spec_signature'] = spec_signature
        own['_mock_methods'] = spec
        own['_spec_asyncs'] = spec_asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT and self._mock_wraps is None:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc='The value the mock returns when it is called.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegated = self._mock_delegate
        if delegated is None:
            return self._mock_side_effect
        effect = delegated.side_effect
        if (effect is not None and not callable(effect) and not isinstance(effect, _MockIter)
                and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegated.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegated = self._mock_delegate
        if delegated is None:
            self._mock_side_effect = value
        else:
            delegated.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets every call (of this mock and its children); optionally the configuration."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for name, child in self._mock_children.items():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
            if return_value and name in _all_magics and _is_instance_mock(child):
                # a magic method keeps its default result (str() stays a str)
                _set_return_value(self, child, name)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Sets attributes, also of children with dotted names: configure_mock(**{'a.b': 1})."""
        for dotted, value in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = dotted.split('.')
            final = path.pop()
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, final, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(_ASSERT_TYPOS) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec for the mock if {name!r} '
                    'is meant to be an attribute.')
        with NonCallableMock._lock:
            result = self._mock_children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            elif result is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                              _new_parent=self)
                self._mock_children[name] = result
            elif isinstance(result, _SpecState):
                try:
                    result = create_autospec(result.spec, result.spec_set, result.instance,
                                             result.parent, result.name)
                except InvalidSpecError:
                    target_name = self.__dict__['_mock_name'] or self
                    raise InvalidSpecError(
                        f'Cannot autospec attr {result.name!r} from target {target_name!r} as '
                        'it has already been mocked out. [target={self!r}, '
                        f'attr={result.spec!r}]')
                self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        """The dotted name a repr shows: 'mock.foo().bar'."""
        names = [self._mock_new_name]
        ancestor = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while ancestor is not None:
            last = ancestor
            names.append(ancestor._mock_new_name + dot)
            dot = '' if ancestor._mock_new_name == '()' else '.'
            ancestor = ancestor._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        from_children = [n for n, child in self._mock_children.items() if child is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
              and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            self._spec_class = value
            return
        else:
            if _check_and_set_parent(self, value, name, name):
                self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        if isinstance(value, PropertyMock):
            self.__dict__[name] = value
            return
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # a magic method set on the type only: deleting it there is enough
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            _safe_super(NonCallableMock, self).__delattr__(name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _get_call_signature_from_name(self, name):
        """The spec signature of the child mock a call name ('a.b') reaches, or None."""
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """_call with its arguments bound to the spec signature (so f(1) == f(a=1)), if any."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return f'\nCalls: {_safe_repr(self.mock_calls)}.'

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless mock_calls holds calls in a row (in any order with any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise _not_found_in_order('Calls', 'calls', expected, calls,
                                          f'  Actual: {_safe_repr(self.mock_calls)}') from cause
            return
        remaining, not_found = _match_in_any_order(expected, all_calls)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fails unless some call had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """A new child (attribute or return value) mock, of the class that fits this mock."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        own_type = type(self)
        if issubclass(own_type, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own_type, AsyncMockMixin):
            if (new_name in _all_sync_magics
                    or self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own_type, CallableMixin):
            if issubclass(own_type, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(own_type, NonCallableMock):
                klass = Mock
        else:
            # the per-instance class's base: the mock class the user chose
            klass = own_type.__mro__[1]
        return klass(**kw)


# misspellings of assert_*: on a mock without spec they would silently pass
_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')

_ATTRIB_DENY_LIST = frozenset({
    name.removeprefix('assert_') for name in dir(NonCallableMock) if name.startswith('assert_')
})


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        # a non-iterable side_effect is only an error once the mock is called
        return obj


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        _safe_super(CallableMixin, self).__init__(spec, wraps, name, spec_set, parent,
                                                  _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # replaced (on the instance's own class) by autospec
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        # record the call in every ancestor: method_calls along the attribute chain,
        # mock_calls along the whole chain (names grow as we go up: 'b' -> 'a.b' -> 'a().b')
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if do_method_calls:
                ancestor.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = ancestor._mock_parent is not None
                if do_method_calls:
                    method_call_name = ancestor._mock_name + '.' + method_call_name
            ancestor.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if ancestor._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = ancestor._mock_new_name == '()'
                mock_call_name = ancestor._mock_new_name + dot + mock_call_name
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value (a child Mock by default)."""


# ---- magic methods --------------------------------------------------------------------------------

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit '
    'divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next '
    'fspath aiter'
)
_numeric_names = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_inplace_names = ' '.join('i%s' % n for n in _numeric_names.split())
_right_names = ' '.join('r%s' % n for n in _numeric_names.split())

# supported but not configured by default
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__', '__getnewargs_ex__',
}

_magics = {
    '__%s__' % name
    for name in ' '.join([_magic_names, _numeric_names, _inplace_names, _right_names]).split()
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__', '__instancecheck__',
    '__subclasscheck__', '__del__',
}


def _get_method(name, func):
    """A method for the mock's type that calls func with the mock."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f'{type(self).__name__}/{self._extract_mock_name()}/{id(self)}',
}


def _get_eq(self):
    def __eq__(other):
        configured = self.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        configured = self.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        # a fresh iterator on each call: iterating twice over a list return value works
        return iter(configured)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        configured = self.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq,
    '__ne__': _get_ne,
    '__iter__': _get_iter,
    '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        # again: the spec given to __init__ may remove some
        self._mock_set_magics()

    def _mock_set_magics(self):
        all_supported = _magics | _async_method_magics
        wanted = all_supported
        if getattr(self, '_mock_methods', None) is not None:
            wanted = all_supported.intersection(self._mock_methods)
            for entry in all_supported - wanted:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        wanted = wanted - set(type(self).__dict__)
        own_type = type(self)
        for entry in wanted:
            setattr(own_type, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A NonCallableMock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, `with` works..."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicProxy(Base):
    """On the mock's type: makes the magic method's child mock on first access."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        method = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, method)
        _set_return_value(parent, method, entry)
        return method

    def __get__(self, obj, _type=None):
        return self.create_mock()


# ---- AsyncMock -----------------------------------------------------------------------------------

class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = self.__dict__
        # inspect.iscoroutinefunction(mock) is True
        own['_is_coroutine_marker'] = _coroutine_mark()
        own['_mock_await_count'] = 0
        own['_mock_await_args'] = None
        own['_mock_await_args_list'] = _CallList()
        own['__name__'] = 'AsyncMock'
        own['__defaults__'] = tuple()
        own['__kwdefaults__'] = {}
        own['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # a StopIteration can't leave a coroutine
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fails unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Fails unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f' Awaited {self.await_count} times.')

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fails unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')

        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await', actual_call=self.await_args)) from cause

    def _format_mock_failure_message(self, args, kwargs, action='call', actual_call=None):
        if actual_call is None:
            return super()._format_mock_failure_message(args, kwargs, action)
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*actual_call)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f' Awaited {self.await_count} times.')
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fails unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s await not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fails unless await_args_list holds calls in a row (in any order with any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise _not_found_in_order('Awaits', 'awaits', expected, calls,
                                          f'Actual: {self.await_args_list}') from cause
            return
        _, not_found = _match_in_any_order(expected, all_awaits)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Fails if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f' Awaited {self.await_count} times.')

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose call returns a coroutine; await_* records and assert_awaited* check awaits."""


class _AsyncIterator:
    """Wraps an iterator as an asynchronous iterator (MagicMock's default __aiter__)."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# ---- call ----------------------------------------------------------------------------------------

class _Call(tuple):
    """A recorded call, as (name, args, kwargs) or (args, kwargs); `call` builds them.

    Compares equal to tuples of those shapes (name, (args,), {kwargs}, ...)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_size = len(other)
        except TypeError:
            return NotImplemented
        self_name = ''
        if len(self) == 2:
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if other_size == 0:
            other_args, other_kwargs = (), {}
        elif other_size == 3:
            other_name, other_args, other_kwargs = other
        elif other_size == 1:
            only, = other
            if isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            elif isinstance(only, str):
                other_name = only
                other_args, other_kwargs = (), {}
            else:
                other_args, other_kwargs = (), only
        elif other_size == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        # other on the left: ANY in the expected call decides
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__

    __hash__ = tuple.__hash__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # call.count / call.index are recorded calls, not tuple methods
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            args, kwargs = self
        else:
            name, args, kwargs = self
        return args, kwargs

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The chain of calls this call stands for: call(1).foo(2).call_list()."""
        calls = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                calls.append(link)
            link = link._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


# ---- patch ---------------------------------------------------------------------------------------

def _resolve_name(dotted):
    """The object a dotted name ('package.module.attr.attr') names: the longest prefix that
    imports as a module (a package may rebind a submodule's name), then attributes.
    'package.module:attr.attr' names the module explicitly."""
    if ':' in dotted:
        module_name, _, attributes = dotted.partition(':')
        thing = importlib.import_module(module_name)
        for part in attributes.split('.') if attributes else ():
            thing = getattr(thing, part)
        return thing
    parts = dotted.split('.')
    module_name = parts.pop(0)
    thing = importlib.import_module(module_name)
    while parts:
        candidate = module_name + '.' + parts[0]
        try:
            thing = importlib.import_module(candidate)
        except ImportError:
            break
        module_name = candidate
        parts.pop(0)
    for part in parts:
        thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return partial(_resolve_name, target), attribute


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec has already been '
                                   f'mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec_set target has '
                                   f'already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.is_started = False

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # stacked patch decorators share one wrapper
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        """Performs the patch; returns the new object (a dict of them for patch.multiple)."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_new(original, spec, spec_set, new_callable, kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} as the patch '
                                       f'target has already been mocked out. '
                                       f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} from target '
                                       f'{target_name!r} as it has already been mocked out. '
                                       f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        self.is_started = True
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def _make_new(self, original, spec, spec_set, new_callable, kwargs):
        """The mock patch makes when no new object is given."""
        inherit = False
        if spec is True:
            # spec=True: the original is the spec
            spec = original
            if spec_set is True:
                spec_set = original
                spec = None
        elif spec is not None:
            if spec_set is True:
                spec_set = spec
                spec = None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                # patching a class: its instances (the return value) get the spec too
                inherit = True
        new_kwargs = {}
        if new_callable is not None:
            # the original is not looked at: it may be a proxy that fails on any access
            klass = new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec_set if spec_set is not None else spec
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_func(this_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
            elif spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
        elif spec is None and _is_async_obj(original):
            klass = AsyncMock
        else:
            klass = MagicMock
        if spec is not None:
            new_kwargs['spec'] = spec
        if spec_set is not None:
            new_kwargs['spec_set'] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
            new_kwargs['name'] = self.attribute
        new_kwargs.update(kwargs)
        new = klass(**new_kwargs)
        if inherit and _is_instance_mock(new):
            this_spec = spec_set if spec_set is not None else spec
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                klass = NonCallableMagicMock
            new_kwargs.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()', **new_kwargs)
        return new

    def __exit__(self, *exc_info):
        """Undoes the patch."""
        if not self.is_started:
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                # the original lived on a class up the MRO: put an instance copy back
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        self.is_started = False
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activates the patch; patch.stopall() or stop() undoes it."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undoes a patch started with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # stopping a patch that was never started (or twice) does nothing
            pass
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'attr', ...): patches an attribute of an object you hold."""
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=3): several attributes in one patch."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replaces the object a dotted name names (by a MagicMock unless new is given), as a
    decorator, class decorator, context manager or with start()/stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


class _patch_dict(object):
    """patch.dict(in_dict, values, clear=False, **kw): sets keys for a while, then restores."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            # a mapping without copy(): copy it item by item
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    # started and stopped as the other patches are, on their shared list (patch.stopall)
    _active_patches = _patch._active_patches
    start = _patch.start
    stop = _patch.stop


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stops every patch started with start(), the last started first."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'

_builtins = {name for name in dir(builtins) if not name.startswith('_')}


# ---- create_autospec -----------------------------------------------------------------------------

def _must_skip(spec, entry, is_type):
    """Whether calls of spec.entry drop the first (self) argument of its signature."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            # an instance attribute: a plain function, nothing bound
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif isinstance(result, FunctionTypes):
            return is_type
        else:
            return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with spec's attributes whose calls (and its methods') check spec's signatures."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = _is_async_func(spec)
    spec_kwargs = {'spec': spec}
    if spec_set:
        spec_kwargs = {'spec_set': spec}
    elif spec is None:
        spec_kwargs = {}
    if spec_kwargs and instance:
        spec_kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _name = kwargs.pop('name', _name)
    new_name = _name if _parent is not None else ''
    spec_kwargs.update(kwargs)
    wrapped = kwargs.get('wraps')

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        # a property's mock has no spec: its value is arbitrary
        spec_kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_async_func:
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec is mocking an '
                               'async function')
        klass = AsyncMock

    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=_name,
                 **spec_kwargs)
    if isinstance(spec, FunctionTypes):
        # a function is mocked by a real function with its signature
        mock = _set_signature(mock, spec)
        if is_async_func:
            _setup_async_mock(mock)
    else:
        _check_sig(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {'spec': original}
        if spec_set:
            child_kwargs = {'spec_set': original}
        if wrapped and hasattr(wrapped, entry):
            # the children of a wrapping mock wrap too
            child_kwargs['wraps'] = original
        if not isinstance(original, FunctionTypes):
            # specced lazily, on first access (see NonCallableMock.__getattr__)
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionTypes):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            if inspect.iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                              **child_kwargs)
            mock._mock_children[entry] = new
            new.return_value = child_klass()
            _check_sig(original, new, skipfirst=skipfirst)
        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)
    dotted = {key: value for key, value in kwargs.items() if '.' in key}
    if dotted and _is_instance_mock(mock):
        # configuration such as 'return_value.meth.side_effect' applies to the finished mock
        # (the class's return value was replaced by the autospecced instance above)
        mock.configure_mock(**dotted)
    return mock


# ---- mock_open, PropertyMock, seal ------------------------------------------------------------------

file_spec = None
open_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock for open(): the handle's read/readline/readlines/iteration serve read_data."""
    import io
    global file_spec, open_spec
    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    # the data stream; open() (the mock's side effect) starts a fresh one each call
    state = [_to_stream(read_data)]

    def read_side_effect(*args, **kwargs):
        if handle.read.return_value:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readline_side_effect(*args, **kwargs):
        if handle.readline.return_value:
            return handle.readline.return_value
        return state[0].readline(*args, **kwargs)

    def readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def iter_side_effect():
        if handle.readline.return_value:
            while True:
                yield handle.readline.return_value
        yield from state[0]

    def next_side_effect():
        if handle.readline.return_value:
            return handle.readline.return_value
        return next(state[0])

    handle.read.side_effect = read_side_effect
    handle.readline.side_effect = readline_side_effect
    handle.readlines.side_effect = readlines_side_effect
    handle.__iter__.side_effect = iter_side_effect
    handle.__next__.side_effect = next_side_effect

    def exit_side_effect(exc_type, exc_value, traceback):
        handle.close()

    handle.__exit__.side_effect = exit_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


class PropertyMock(Mock):
    """A mock used as a property on a class: getting calls it with no arguments, setting with
    the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stops mock (and its child mocks) from making new attributes: they raise AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(child._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# ---- ThreadingMock ---------------------------------------------------------------------------------

class ThreadingMixin(Base):
    DEFAULT_TIMEOUT = None

    def _get_child_mock(self, /, **kw):
        parent = kw.get('_new_parent')
        if isinstance(parent, ThreadingMixin):
            # children wait as long as their parent
            kw['timeout'] = parent._mock_wait_timeout
        return super()._get_child_mock(**kw)

    def __init__(self, *args, timeout=_missing, **kwargs):
        super().__init__(*args, **kwargs)
        if timeout is _missing:
            timeout = self.DEFAULT_TIMEOUT
        self.__dict__['_mock_event'] = threading.Event()
        self.__dict__['_mock_calls_events'] = []
        self.__dict__['_mock_calls_events_lock'] = threading.Lock()
        self.__dict__['_mock_wait_timeout'] = timeout

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.__dict__['_mock_event'] = threading.Event()
        self.__dict__['_mock_calls_events'] = []

    def __get_event(self, expected_args, expected_kwargs):
        with self._mock_calls_events_lock:
            for args, kwargs, event in self._mock_calls_events:
                if (args, kwargs) == (expected_args, expected_kwargs):
                    return event
            new_event = threading.Event()
            self._mock_calls_events.append((expected_args, expected_kwargs, new_event))
        return new_event

    def _mock_call(self, *args, **kwargs):
        ret_value = super()._mock_call(*args, **kwargs)
        call_event = self.__get_event(args, kwargs)
        call_event.set()
        self._mock_event.set()
        return ret_value

    def wait_until_called(self, *, timeout=_missing):
        """Waits until the mock was called (or the timeout passed: AssertionError)."""
        if timeout is _missing:
            timeout = self._mock_wait_timeout
        if not self._mock_event.wait(timeout=timeout):
            raise AssertionError(f'{self._mock_name or "mock"} was not called before timeout'
                                 f'({timeout}).')

    def wait_until_any_call_with(self, *args, **kwargs):
        """Waits until the mock was called with these arguments."""
        event = self.__get_event(args, kwargs)
        if not event.wait(timeout=self._mock_wait_timeout):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'{expected_string} call not found')


class ThreadingMock(ThreadingMixin, MagicMixin, Mock):
    """A MagicMock whose calls can be waited for from another thread."""
