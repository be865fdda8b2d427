"""repr() with limits on sizes and nesting (Ember's own reprlib module)."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:             # a build without threads: one thread identity
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator to make a repr function return fillvalue for a recursive call."""

    def decorating_function(user_function):
        # (id(object), thread) pairs whose repr is being computed right now.
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        # functools.wraps is not used: functools itself imports reprlib.
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        if hasattr(user_function, '__annotate__'):     # lazily evaluated annotations (3.14)
            wrapper.__annotate__ = getattr(user_function, '__annotate__', None)
        else:
            wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _shorten_middle(text, limit, fillvalue):
    """Keeps about limit-3 characters of text, split between its start and end around
    fillvalue, if text is longer than limit."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fillvalue + text[len(text) - tail:]


def _possibly_sorted(items):
    """The items sorted, or in their own order if they cannot be sorted."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Produces size-limited reprs. Dispatches on the type name: repr_<typename>(x, level)
    (spaces in the name become underscores), falling back to repr_instance."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _indent_string(self):
        indent = self.indent
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            return indent * ' '
        return indent

    def _join(self, pieces, level):
        """Joins item reprs with ', ', or one per line when self.indent is set."""
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        indent = self._indent_string()
        depth = self.maxlevel - level + 1
        try:
            separator = ',\n' + depth * indent
        except TypeError as error:
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(indent)}') from error
        # Each piece on its own line, indented one step deeper than the closing bracket.
        closing = '\n' + (depth - 1) * indent
        return '\n' + depth * indent + separator.join(pieces) + ',' + closing

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if level <= 0 and count:
            inner = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                pieces.append(self.fillvalue)
            inner = self._join(pieces, level)
            if count == 1 and trail and self.indent is None:
                right = trail + right
        return f'{left}{inner}{right}'

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        count = len(x)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            key_repr = self.repr1(key, level - 1)
            value_repr = self.repr1(x[key], level - 1)
            pieces.append(f'{key_repr}: {value_repr}')
        if count > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (self._join(pieces, level),)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            # Shorten the string itself (not its repr), so that escapes stay whole.
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        try:
            text = builtins.repr(x)
        except ValueError:
            # More digits than sys.get_int_max_str_digits() allows to convert.
            import math
            import sys
            digits = 1 + int(math.log10(abs(x)))
            limit = sys.get_int_max_str_digits()
            return (f'<{x.__class__.__name__} instance with roughly {digits} '
                    f'digits (limit at {limit}) at 0x{id(x):x}>')
        return _shorten_middle(text, self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ must not break the caller: describe the object instead.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _shorten_middle(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
