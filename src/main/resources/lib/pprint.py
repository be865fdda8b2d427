"""Pretty-printing of Python data structures, written for Ember.

PrettyPrinter lays containers out over several lines when their repr() does not fit the
width; the layout rules (where lines break, how much is indented) are CPython's.
"""

import sys
import re as _re
import collections as _collections
import types as _types

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter',
           'pp']

_MappingProxy = type(type.__dict__)
# Ember's sys.implementation is a Java namespace type, apart from types.SimpleNamespace: both
# print as namespace(...).
_SIMPLE_NAMESPACES = (_types.SimpleNamespace, type(sys.implementation))


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (default sys.stdout), followed by a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() of `object` that is protected against recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of `object` can be passed to eval() to rebuild it."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of unorderable mixed types by type name, then id."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


class _TextSink:
    """The minimal writable stream pformat() collects its text in."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


_BUILTIN_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """indent: spaces added per nesting level; width: the line width aimed at;
        depth: levels shown before '...'; stream: where pprint() writes (sys.stdout);
        compact: several short items on a line; sort_dicts: sort dict items by key;
        underscore_numbers: show ints with _ thousands separators."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        sink = _TextSink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        rep, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, whether it is readable, whether it is recursive) of `object`;
        override to customize how single values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # ------------------------------------------------------------ layout

    def _format(self, object, stream, indent, allowance, context, level):
        """Write `object` starting at column `indent`, keeping `allowance` columns free
        at the end of its last line (for closing brackets that follow)."""
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _layout_for(self, object):
        layout = self._dispatch.get(type(object).__repr__)
        if layout is not None:
            return layout
        if (not isinstance(object, type) and _is_dataclass_with_generated_repr(object)):
            return PrettyPrinter._pprint_dataclass
        return None

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    _dispatch = {}

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        cls_name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent + len(cls_name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        closing = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            closing = '}'
        else:
            stream.write(cls.__name__ + '({')
            closing = '})'
            indent += len(cls.__name__) + 1
        ordered = sorted(object, key=_safe_key)
        self._format_items(ordered, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # A top-level string gets parentheses so the pieces stay one expression.
            indent += 1
            allowance += 1
        chunks = self._str_chunks(object, self._width - indent, allowance)
        if len(chunks) == 1:
            stream.write(repr(object))
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    @staticmethod
    def _str_chunks(text, max_width, allowance):
        """The reprs of the pieces `text` is cut into: whole lines when they fit,
        otherwise runs of words (a word keeps the whitespace that follows it)."""
        chunks = []
        lines = text.splitlines(True)
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            line_width = max_width - allowance if i == last_line else max_width
            if len(rep) <= line_width:
                chunks.append(rep)
                continue
            words = _re.findall(r'\S*\s*', line)
            words.pop()     # findall ends with an empty match
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = max_width
                if i == last_line and j == len(words) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        return chunks

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        separator = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            stream.write(separator)
            stream.write(rep)
            separator = '\n' + ' ' * indent
        if parens:
            stream.write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_MappingProxy.__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) in _SIMPLE_NAMESPACES:
            cls_name = 'namespace'
        else:
            cls_name = object.__class__.__name__
        stream.write(cls_name + '(')
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(cls_name) + 1, allowance, context, level)
        stream.write(')')

    for _namespace in _SIMPLE_NAMESPACES:
        _dispatch[_namespace.__repr__] = _pprint_simplenamespace
    del _namespace

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')   # like the recursive repr of dataclasses
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Write the items of a sequence: one a line, or, when compact, as many as fit."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        newline_separator = ',\n' + ' ' * indent
        separator = ''
        width = max_width = self._width - indent + 1
        iterator = iter(items)
        try:
            following = next(iterator)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(iterator)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if separator:
                        separator = newline_separator
                if width >= needed:
                    width -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(rep)
                    continue
            stream.write(separator)
            separator = newline_separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    _dispatch[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, mapping in enumerate(maps):
            if i == len(maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    _dispatch[_collections.ChainMap.__repr__] = _pprint_chain_map

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    _dispatch[_collections.deque.__repr__] = _pprint_deque

    def _pprint_user_container(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _dispatch[_collections.UserDict.__repr__] = _pprint_user_container
    _dispatch[_collections.UserList.__repr__] = _pprint_user_container
    _dispatch[_collections.UserString.__repr__] = _pprint_user_container

    # ------------------------------------------------------------ single-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr text, readable, recursive), never recursing forever."""
        typ = type(object)
        if typ in _BUILTIN_SCALARS:
            return repr(object), True, False
        type_repr = getattr(typ, '__repr__', None)
        if issubclass(typ, int) and type_repr is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(typ, dict) and type_repr is dict.__repr__:
            return self._safe_dict_repr(object, context, maxlevels, level)
        if issubclass(typ, list) and type_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._safe_sequence_repr(object, '[%s]', context, maxlevels, level)
        if issubclass(typ, tuple) and type_repr is tuple.__repr__:
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_sequence_repr(object, template, context, maxlevels, level)
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    def _safe_dict_repr(self, object, context, maxlevels, level):
        if not object:
            return '{}', True, False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return '{...}', False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        items = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                 else object.items())
        for key, value in items:
            key_rep, key_readable, key_recursive = self.format(key, context, maxlevels,
                                                               level + 1)
            value_rep, value_readable, value_recursive = self.format(value, context,
                                                                     maxlevels, level + 1)
            parts.append('%s: %s' % (key_rep, value_rep))
            readable = readable and key_readable and value_readable
            recursive = recursive or key_recursive or value_recursive
        del context[objid]
        return '{%s}' % ', '.join(parts), readable, recursive

    def _safe_sequence_repr(self, object, template, context, maxlevels, level):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        for item in object:
            item_rep, item_readable, item_recursive = self.format(item, context, maxlevels,
                                                                  level + 1)
            parts.append(item_rep)
            readable = readable and item_readable
            recursive = recursive or item_recursive
        del context[objid]
        return template % ', '.join(parts), readable, recursive


def _is_dataclass_with_generated_repr(object):
    """A dataclass instance whose __repr__ is the one @dataclass generated."""
    cls = type(object)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not hasattr(cls, '__dataclass_fields__') or not params.repr:
        return False
    wrapped = getattr(object.__repr__, '__wrapped__', None)
    return wrapped is not None and '__create_fn__' in getattr(wrapped, '__qualname__', '')


def _wrap_bytes_repr(object, width, allowance):
    """The reprs of the pieces (multiples of 4 bytes) a bytes value is cut into."""
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)
