"""Extract, format and print exceptions and stack traces (Ember's own implementation).

Written from the documentation of CPython 3.13/3.14's ``traceback`` module; the text it
produces (frame lines, source lines, the 3.13 caret lines with ``~``/``^`` anchors, chained
exceptions, exception groups, notes, "Did you mean" suggestions) follows CPython's output.
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")
# A frame repeated more often than this in a row is summarized ("[Previous line repeated ...]").
_RECURSIVE_CUTOFF = 3


# ---------------------------------------------------------------------------------------------
# Source lines

def _getline(filename, lineno, module_globals=None):
    """The source line `lineno` of `filename` ('' when unknown), through linecache if present."""
    try:
        import linecache
    except ImportError:
        linecache = None
    if linecache is not None:
        if module_globals is not None:
            linecache.lazycache(filename, module_globals)
        return linecache.getline(filename, lineno)
    try:
        with open(filename, encoding='utf-8') as source:
            for number, text in enumerate(source, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeDecodeError, TypeError, ValueError):
        pass
    return ''


def _dedent(text):
    """Remove the common leading whitespace of the non-blank lines of `text`."""
    lines = text.split('\n')
    margins = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    if not margins:
        return '\n'.join(line if line.strip() else '' for line in lines)
    common = None
    for line in lines:
        if not line.strip():
            continue
        prefix = line[:len(line) - len(line.lstrip())]
        if common is None:
            common = prefix
        else:
            size = 0
            while size < len(common) and size < len(prefix) and common[size] == prefix[size]:
                size += 1
            common = common[:size]
    return '\n'.join(line[len(common):] if line.strip() else '' for line in lines)


def _indent_all(text, prefix):
    """Put `prefix` before every line of `text` (blank ones too)."""
    return ''.join(prefix + line for line in text.splitlines(True))


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _char_offset(line, byte_offset):
    """The character index in `line` of the UTF-8 byte offset `byte_offset`."""
    return len(line.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


def _display_width(line, offset=None):
    """Columns that line[:offset] takes on a terminal (East Asian wide characters take 2)."""
    if offset is None:
        offset = len(line)
    if line.isascii():
        return offset
    try:
        import unicodedata
    except ImportError:
        return offset
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in line[:offset])


# ---------------------------------------------------------------------------------------------
# FrameSummary, StackSummary

class FrameSummary:
    """One entry of a stack: file, line numbers, columns, function name and (lazily) source."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', '_lines_dedented', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        self._lines_dedented = None
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _safe_string(value, 'local', repr)
                           for key, value in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.locals)
                    == (other.filename, other.lineno, other.name, other.locals))
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    def _load(self):
        if self._lines is None and self.lineno is not None and self.end_lineno is not None:
            texts = [_getline(self.filename, number).rstrip()
                     for number in range(self.lineno, self.end_lineno + 1)]
            self._lines = '\n'.join(texts) + '\n'

    @property
    def _original_lines(self):
        self._load()
        return self._lines

    @property
    def _dedented_lines(self):
        self._load()
        if self._lines_dedented is None and self._lines is not None:
            self._lines_dedented = _dedent(self._lines)
        return self._lines_dedented

    @property
    def line(self):
        self._load()
        if self._lines is None:
            return None
        return self._lines.partition('\n')[0].strip()


def walk_stack(f):
    """Yield (frame, lineno) following f_back from `f` (default: the calling frame)."""
    if f is None:
        f = sys._getframe(1)
    return _walk_frames(f)


def _walk_frames(frame):
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback `tb`, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _instruction_positions(code, lasti):
    """(lineno, end_lineno, colno, end_colno) of the instruction at byte offset `lasti`."""
    if lasti < 0:
        return (None, None, None, None)
    try:
        for index, positions in enumerate(code.co_positions()):
            if index == lasti // 2:
                return tuple(positions)
    except (AttributeError, TypeError):
        pass
    return (None, None, None, None)


def _walk_tb_positions(tb):
    while tb is not None:
        positions = _instruction_positions(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + tuple(positions[1:])
        yield tb.tb_frame, positions
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        positions = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._extract_from_extended_frame_gen(
            positions, limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        entries = _apply_limit(frame_gen, limit)
        result = klass()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            try:
                import linecache
                linecache.lazycache(code.co_filename, frame.f_globals)
            except ImportError:
                pass
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        filename = frame_summary.filename
        if filename.startswith('<stdin>-'):
            filename = '<stdin>'
        row = [f'  File "{filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        dedented = frame_summary._dedented_lines
        if dedented and dedented.strip():
            if frame_summary.colno is None or frame_summary.end_colno is None:
                row.append('    ' + frame_summary.line + '\n')
            else:
                row.append(_indent_all(_dedent(''.join(_source_with_carets(frame_summary))),
                                       '    '))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self, **kwargs):
        result = []
        previous = None
        repeats = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if previous is None or key != previous or None in key:
                _note_repeats(result, repeats)
                previous = key
                repeats = 0
            repeats += 1
            if repeats <= _RECURSIVE_CUTOFF:
                result.append(text)
        _note_repeats(result, repeats)
        return result


def _note_repeats(result, count):
    extra = count - _RECURSIVE_CUTOFF
    if extra > 0:
        plural = 's' if extra > 1 else ''
        result.append(f'  [Previous line repeated {extra} more time{plural}]\n')


def _apply_limit(frame_gen, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frame_gen
    if limit >= 0:
        kept = []
        if limit == 0:
            return kept
        for entry in frame_gen:
            kept.append(entry)
            if len(kept) >= limit:
                break
        return kept
    entries = list(frame_gen)
    return entries[limit:]


# ---------------------------------------------------------------------------------------------
# Caret lines

class _Anchors:
    """Where the secondary caret run of a segment starts and ends (line, column in segment)."""

    def __init__(self, left_line, left_col, right_line, right_col, primary='~', secondary='^'):
        self.left_line = left_line
        self.left_col = left_col
        self.right_line = right_line
        self.right_col = right_col
        self.primary = primary
        self.secondary = secondary


def _source_with_carets(summary):
    """The source lines of the frame's instruction, each followed by its caret line if any."""
    original = summary._original_lines.splitlines()
    first, last = original[0], original[summary.end_lineno - summary.lineno]
    start = _char_offset(first, summary.colno)
    end = _char_offset(last, summary.end_colno)
    lines = summary._dedented_lines.splitlines()[:summary.end_lineno - summary.lineno + 1]
    removed = len(first) - len(lines[0])
    start = max(0, start - removed)
    end = max(0, end - removed)
    start_width = _display_width(lines[0], start)
    end_width = _display_width(lines[-1], end)

    joined = '\n'.join(lines)
    segment = joined[start:len(joined) - (len(lines[-1]) - end)]
    try:
        anchors = _find_anchors(segment)
    except Exception:
        anchors = None
    show = _should_show_carets(start, end, lines, anchors)

    left = right = 0
    if anchors:
        left = anchors.left_col + (start if anchors.left_line == 0 else 0)
        right = anchors.right_col + (start if anchors.right_line == 0 else 0)
        left = _display_width(lines[anchors.left_line], left)
        right = _display_width(lines[anchors.right_line], right)

    def caret_line(index, indent, width):
        # blanks up to the indent (and the segment's start on its first line), then the primary
        # carets with the secondary run between the anchors
        lead = min(width, max(indent, start_width) if index == 0 else indent)
        if not anchors:
            return ' ' * lead + '^' * (width - lead)
        if index > anchors.left_line:
            low = 0
        else:
            low = left if index == anchors.left_line else width
        if index < anchors.right_line:
            high = width
        else:
            high = right if index == anchors.right_line else 0
        low = min(max(low, lead), width)
        high = min(max(high, low), width)
        return (' ' * lead + anchors.primary * (low - lead) + anchors.secondary * (high - low)
                + anchors.primary * (width - high))

    def emit(index, out):
        text = lines[index]
        out.append(text + '\n')
        if show:
            indent = len(text) - len(text.lstrip())
            width = end_width if index == len(lines) - 1 else _display_width(text)
            out.append(caret_line(index, indent, width) + '\n')

    # Only the first and last lines and those around the anchors are shown.
    wanted = {0, len(lines) - 1}
    if anchors:
        wanted.update(range(anchors.left_line - 1, anchors.left_line + 2))
        wanted.update(range(anchors.right_line - 1, anchors.right_line + 2))
    wanted = sorted(n for n in wanted if 0 <= n < len(lines))
    out = []
    for position, index in enumerate(wanted):
        if position:
            gap = index - wanted[position - 1]
            if gap == 2:
                emit(index - 1, out)
            elif gap > 2:
                out.append(f'...<{gap - 1} lines>...\n')
        emit(index, out)
    return out


# Parsing is the costly part of formatting a frame, and the same source lines come back (a
# recursion's frames, a failing line in a loop of subtests): the results of the two parses are
# kept per source text. Bounded: cleared when full.
_PARSE_CACHE_SIZE = 512
_statement_calls = {}
_anchor_cache = {}


def _statement_call(source):
    """What _should_show_carets needs from parsing the statement: None if it does not parse,
    'empty' without statements, else the (lineno, end_lineno, col, end_col) of the call of a
    simple `return f(...)` / `name = f(...)`, or () for any other statement."""
    try:
        return _statement_calls[source]
    except KeyError:
        pass
    try:
        import ast
        tree = ast.parse(source)
    except (SyntaxError, ImportError, ValueError):
        tree = None
    if tree is None:
        result = None
    elif not tree.body:
        result = 'empty'
    else:
        statement = tree.body[0]
        call = None
        if (isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call)
                and isinstance(statement.value.func, ast.Name)):
            call = statement.value
        elif (isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call)
              and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)):
            call = statement.value
        result = () if call is None else (call.lineno, call.end_lineno, call.col_offset, call.end_col_offset)
    if len(_statement_calls) >= _PARSE_CACHE_SIZE:
        _statement_calls.clear()
    _statement_calls[source] = result
    return result


def _should_show_carets(start, end, lines, anchors):
    """Carets are left out when they would underline the whole statement, and for a simple
    `name = f(...)` / `return f(...)` whose call is the whole statement."""
    call = _statement_call('\n'.join(lines))
    if call == 'empty':
        return False
    if call and call == (1, len(lines), start, end):
        return False
    if anchors:
        return True
    return bool(lines[0][:start].lstrip() or lines[-1][end:].rstrip())


class _Cursor:
    """A position in the lines of a segment that skips line ends, comments and backslashes."""

    def __init__(self, lines, line, col):
        self.lines = lines
        self.line = line
        self.col = col

    def settle(self):
        while self.line < len(self.lines) and self.col >= len(self.lines[self.line]):
            self.line += 1
            self.col = 0
        if self.line >= len(self.lines):
            raise ValueError('ran past the segment')
        return self

    def advance_until(self, accept):
        self.settle()
        while True:
            ch = self.lines[self.line][self.col]
            if ch in '\\#':
                self.line += 1
                self.col = 0
            elif accept(ch):
                return self
            else:
                self.col += 1
            self.settle()


def _find_anchors(segment):
    """For a binary operation, subscript or call, the span the secondary carets mark (cached
    per segment text; _Anchors are never changed after they are made)."""
    try:
        return _anchor_cache[segment]
    except KeyError:
        pass
    anchors = _parse_anchors(segment)
    if len(_anchor_cache) >= _PARSE_CACHE_SIZE:
        _anchor_cache.clear()
    _anchor_cache[segment] = anchors
    return anchors


def _parse_anchors(segment):
    import ast
    try:
        tree = ast.parse(f'(\n{segment}\n)')
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value
    lines = segment.splitlines()

    def end_of(node, settle=True):
        line = node.end_lineno - 2     # the wrapping "(\n" shifts lines by one, linenos are 1-based
        cursor = _Cursor(lines, line, _char_offset(lines[line], node.end_col_offset))
        return cursor.settle() if settle else cursor

    if isinstance(expr, ast.BinOp):
        op = end_of(expr.left).advance_until(lambda ch: not ch.isspace() and ch != ')')
        after = op.col + 1
        operator_line = lines[op.line]
        right_line = expr.right.lineno - 2
        if (after < len(operator_line)
                and (right_line > op.line
                     or after < _char_offset(lines[right_line], expr.right.col_offset))
                and not operator_line[after].isspace() and operator_line[after] not in '\\#'):
            after += 1
        return _Anchors(op.line, op.col, op.line, after)
    if isinstance(expr, (ast.Subscript, ast.Call)):
        inner = expr.value if isinstance(expr, ast.Subscript) else expr.func
        bracket = '[' if isinstance(expr, ast.Subscript) else '('
        opening = end_of(inner).advance_until(lambda ch: ch == bracket)
        closing = end_of(expr, settle=False)
        return _Anchors(opening.line, opening.col, closing.line, closing.col)
    return None


# ---------------------------------------------------------------------------------------------
# Suggestions ("Did you mean: ...?")

_MAX_CANDIDATES = 750
_MAX_NAME_LENGTH = 40
_MOVE_COST = 2
_CASE_COST = 1


def _edit_distance(a, b, limit):
    """Levenshtein distance where a case change costs 1 and other edits cost 2; any value
    over `limit` is reported as limit + 1."""
    if a == b:
        return 0
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    a, b = a[head:], b[head:]
    tail = 0
    while tail < len(a) and tail < len(b) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail:
        a, b = a[:-tail], b[:-tail]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_NAME_LENGTH or len(b) > _MAX_NAME_LENGTH:
        return limit + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > limit:
        return limit + 1
    row = [_MOVE_COST * (i + 1) for i in range(len(a))]
    result = 0
    for b_index, b_char in enumerate(b):
        diagonal = result = b_index * _MOVE_COST
        smallest = None
        for a_index, a_char in enumerate(a):
            if a_char == b_char:
                substitute = diagonal
            elif a_char.lower() == b_char.lower():
                substitute = diagonal + _CASE_COST
            else:
                substitute = diagonal + _MOVE_COST
            diagonal = row[a_index]
            result = min(min(result, diagonal) + _MOVE_COST, substitute)
            row[a_index] = result
            if smallest is None or result < smallest:
                smallest = result
        if smallest > limit:
            return limit + 1
    return result


def _innermost_frame(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame


def _candidate_names(exc_value, tb, wrong_name):
    """The names a misspelt `wrong_name` may have meant, or a ready answer string, or None."""
    if isinstance(exc_value, AttributeError):
        obj = exc_value.obj
        names = dir(obj)
        hide_private = not wrong_name.startswith('_')
        if hide_private and tb is not None:
            frame_locals = _innermost_frame(tb).f_locals
            if 'self' in frame_locals and frame_locals['self'] is obj:
                hide_private = False
        if hide_private:
            names = [name for name in names if not name.startswith('_')]
        return names
    if isinstance(exc_value, ImportError):
        names = dir(__import__(exc_value.name))
        if not wrong_name.startswith('_'):
            names = [name for name in names if not name.startswith('_')]
        return names
    if tb is None:
        return None
    frame = _innermost_frame(tb)
    names = list(frame.f_locals) + list(frame.f_globals) + list(frame.f_builtins)
    if 'self' in frame.f_locals and hasattr(frame.f_locals['self'], wrong_name):
        return _Answer(f'self.{wrong_name}')
    return names


class _Answer(str):
    """A suggestion decided without comparing names."""


def _compute_suggestion_error(exc_value, tb, wrong_name):
    if not isinstance(wrong_name, str):
        return None
    try:
        names = _candidate_names(exc_value, tb, wrong_name)
    except Exception:
        return None
    if names is None:
        return None
    if isinstance(names, _Answer):
        return str(names)
    try:
        from _suggestions import _generate_suggestions
    except ImportError:
        pass
    else:
        # the search in Java (CPython's C helper: distances over UTF-8 bytes)
        return _generate_suggestions([name for name in names if isinstance(name, str)], wrong_name)
    if len(names) > _MAX_CANDIDATES or len(wrong_name) > _MAX_NAME_LENGTH:
        return None
    best = None
    best_distance = len(wrong_name)
    for name in names:
        if name == wrong_name or not isinstance(name, str):
            continue
        limit = min((len(name) + len(wrong_name) + 3) * _MOVE_COST // 6, best_distance - 1)
        distance = _edit_distance(wrong_name, name, limit)
        if distance <= limit and (best is None or distance < best_distance):
            best, best_distance = name, distance
    return best


# ---------------------------------------------------------------------------------------------
# TracebackException

class _PrintContext:
    """State while formatting nested exception groups: depth of the `|` margins."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, texts, margin='|'):
        prefix = self.indent()
        if self.depth:
            prefix += margin + ' '
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield _indent_all(text, prefix)


def _final_line(type_name, text, newline=True):
    end = '\n' if newline else ''
    if not text:
        return f'{type_name}{end}'
    return f'{type_name}: {text}{end}'


class TracebackException:
    """An exception captured for rendering: its type name, text, stack, and the chained,
    context and group-member exceptions, also as TracebackExceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 save_exc_type=True, _seen=None):
        top_level = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._exc_type = exc_type if save_exc_type else None
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as error:
            self.__notes__ = [f"Ignored error getting __notes__: "
                              f"{_safe_string(error, '__notes__', repr)}"]
        self._is_syntax_error = False
        self._have_exc_type = exc_type is not None
        self.exc_type_qualname = exc_type.__qualname__ if exc_type is not None else None
        self.exc_type_module = exc_type.__module__ if exc_type is not None else None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._capture_syntax_error(exc_value)
        else:
            self._add_suggestion(exc_type, exc_value, exc_traceback)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = self.exceptions = None
        if top_level:
            self._capture_related(exc_value, dict(limit=limit, lookup_lines=lookup_lines,
                                                  capture_locals=capture_locals,
                                                  max_group_width=max_group_width,
                                                  max_group_depth=max_group_depth,
                                                  _seen=_seen), compact)

    def _capture_syntax_error(self, exc_value):
        self.filename = exc_value.filename
        lineno = exc_value.lineno
        self.lineno = str(lineno) if lineno is not None else None
        end_lineno = exc_value.end_lineno
        self.end_lineno = str(end_lineno) if end_lineno is not None else None
        self.text = exc_value.text
        self.offset = exc_value.offset
        self.end_offset = exc_value.end_offset
        self.msg = exc_value.msg
        self._is_syntax_error = True

    def _add_suggestion(self, exc_type, exc_value, tb):
        if exc_type is None:
            return
        if issubclass(exc_type, ImportError):
            wrong = getattr(exc_value, 'name_from', None)
            if wrong is not None:
                suggestion = _compute_suggestion_error(exc_value, tb, wrong)
                if suggestion:
                    self._str += f". Did you mean: '{suggestion}'?"
            return
        if not issubclass(exc_type, (NameError, AttributeError)):
            return
        wrong = getattr(exc_value, 'name', None)
        if wrong is None:
            return
        suggestion = _compute_suggestion_error(exc_value, tb, wrong)
        if suggestion:
            self._str += f". Did you mean: '{suggestion}'?"
        if issubclass(exc_type, NameError) and wrong in getattr(sys, 'stdlib_module_names', ()):
            if suggestion:
                self._str += f" Or did you forget to import '{wrong}'?"
            else:
                self._str += f". Did you forget to import '{wrong}'?"

    def _capture_related(self, exc_value, options, compact):
        """Capture causes, contexts and group members iteratively (chains can be long)."""
        seen = options['_seen']
        pending = [(self, exc_value)]
        while pending:
            te, exc = pending.pop()
            cause = context = members = None
            if exc is not None and exc.__cause__ is not None and id(exc.__cause__) not in seen:
                cause = self._wrap(exc.__cause__, options)
            wants_context = not compact or (cause is None and exc is not None
                                            and not exc.__suppress_context__)
            if (exc is not None and exc.__context__ is not None and wants_context
                    and id(exc.__context__) not in seen):
                context = self._wrap(exc.__context__, options)
            if exc is not None and isinstance(exc, BaseExceptionGroup):
                members = [self._wrap(member, options) for member in exc.exceptions]
            te.__cause__, te.__context__, te.exceptions = cause, context, members
            if cause:
                pending.append((cause, exc.__cause__))
            if context:
                pending.append((context, exc.__context__))
            if members:
                pending.extend(zip(members, exc.exceptions))

    @staticmethod
    def _wrap(exc, options):
        return TracebackException(type(exc), exc, exc.__traceback__, **options)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    @property
    def exc_type_str(self):
        if not self._have_exc_type:
            return None
        module = self.exc_type_module
        if module in ('__main__', 'builtins'):
            return self.exc_type_qualname
        if not isinstance(module, str):
            module = '<unknown>'
        return f'{module}.{self.exc_type_qualname}'

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        indent = '   ' * _depth
        if not self._have_exc_type:
            yield indent + _final_line(None, self._str)
            return
        type_name = self.exc_type_str
        if self._is_syntax_error:
            for text in self._format_syntax_error(type_name):
                yield indent + text
        elif _depth > 0:
            for text in _final_line(type_name, self._str, newline=False).split('\n'):
                yield indent + text + '\n'
        else:
            yield _final_line(type_name, self._str)
        yield from self._format_notes(indent)
        if self.exceptions and show_group:
            for member in self.exceptions:
                yield from member.format_exception_only(show_group=True, _depth=_depth + 1)

    def _format_notes(self, indent):
        notes = self.__notes__
        if notes is None:
            return
        if isinstance(notes, (list, tuple)) or (
                not isinstance(notes, (str, bytes)) and _is_sequence(notes)):
            for note in notes:
                for text in _safe_string(note, 'note').split('\n'):
                    yield indent + text + '\n'
        else:
            yield indent + _safe_string(notes, '__notes__', repr) + '\n'

    def _format_syntax_error(self, type_name):
        suffix = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        text = self.text
        if text is not None:
            yield from self._syntax_error_source(text)
        yield f'{type_name}: {self.msg or "<no detail available>"}{suffix}\n'

    def _syntax_error_source(self, text):
        stripped_right = text.rstrip('\n')
        shown = stripped_right.lstrip(' \n\f')
        skipped = len(stripped_right) - len(shown)
        if self.offset is None:
            yield f'    {shown}\n'
            return
        offset = self.offset
        if self.lineno == self.end_lineno:
            end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
        else:
            end_offset = len(stripped_right) + 1
        if text and offset > len(text):
            offset = len(stripped_right) + 1
        if text and end_offset > len(text):
            end_offset = len(stripped_right) + 1
        if offset >= end_offset or end_offset < 0:
            end_offset = offset + 1
        start_col = offset - 1 - skipped
        end_col = end_offset - 1 - skipped
        yield f'    {shown}\n'
        if start_col >= 0:
            spaces = ''.join(ch if ch.isspace() else ' ' for ch in shown[:start_col])
            yield f'    {spaces}{"^" * (end_col - start_col)}\n'

    def format(self, *, chain=True, _ctx=None, **kwargs):
        ctx = _ctx if _ctx is not None else _PrintContext()
        for message, exc in reversed(self._chain(chain)):
            if message is not None:
                yield from ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(exc.stack.format())
                yield from ctx.emit(list(exc.format_exception_only()))
            elif ctx.depth > self.max_group_depth:
                yield from ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from exc._format_group(ctx, chain)

    def _chain(self, chain):
        """[(message introducing exc or None, exc)] from this exception back to the first."""
        links = []
        exc = self
        while exc is not None:
            if not chain:
                links.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, exc.__context__
            else:
                message, following = None, None
            links.append((message, exc))
            exc = following
        return links

    def _format_group(self, ctx, chain):
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin='+' if outermost else '|')
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(list(self.format_exception_only()))
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        ctx.need_close = False
        for index in range(shown):
            last = index == shown - 1
            if last:
                ctx.need_close = True
            truncated = index >= width
            title = '...' if truncated else str(index + 1)
            yield ctx.indent() + ('+-' if index == 0 else '  ') + \
                f'+---------------- {title} ----------------\n'
            ctx.depth += 1
            if truncated:
                more = count - width
                yield from ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[index].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True, **kwargs):
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end='')


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return hasattr(obj, '__getitem__') and hasattr(obj, '__len__')
    return isinstance(obj, Sequence)


# ---------------------------------------------------------------------------------------------
# Module-level functions

class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()


def _value_and_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end='')


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_positions(tb), limit=limit)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True,
                    **kwargs):
    value, tb = _value_and_tb(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit, compact=True).print(
        file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True, **kwargs):
    value, tb = _value_and_tb(exc, value, tb)
    return list(TracebackException(type(value), value, tb, limit=limit,
                                   compact=True).format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False, **kwargs):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if hasattr(sys, 'last_exc'):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, 'last_type'):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
    else:
        raise ValueError('no last exception')


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(_walk_frames(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next
