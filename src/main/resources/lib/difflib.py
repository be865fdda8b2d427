"""Comparing sequences (Ember's own implementation of the core of `difflib`).

SequenceMatcher (longest matching blocks with junk and popularity heuristics, opcodes,
ratios), Differ and ndiff (with the '?' hint lines), unified_diff, context_diff,
get_close_matches, IS_LINE_JUNK and IS_CHARACTER_JUNK, and HtmlDiff (side-by-side HTML tables
built on _mdiff, which pairs ndiff's lines with intraline change marks).
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'HtmlDiff', 'Match']


class Match(tuple):
    """(a, b, size): a[a:a+size] == b[b:b+size]."""

    def __new__(cls, a, b, size):
        return super().__new__(cls, (a, b, size))

    a = property(lambda self: self[0])
    b = property(lambda self: self[1])
    size = property(lambda self: self[2])

    def __repr__(self):
        return f'Match(a={self[0]!r}, b={self[1]!r}, size={self[2]!r})'


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the longest contiguous matching blocks free of junk, recursively on both sides
    (Ratcliff/Obershelp 'gestalt pattern matching')."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """Positions of each element of b; junk and (for long b) very popular elements are
        left out of the index."""
        b = self.b
        self.b2j = b2j = {}
        for position, element in enumerate(b):
            b2j.setdefault(element, []).append(position)
        self.bjunk = junk = set()
        if self.isjunk:
            for element in b2j:
                if self.isjunk(element):
                    junk.add(element)
            for element in junk:
                del b2j[element]
        self.bpopular = popular = set()
        length = len(b)
        if self.autojunk and length >= 200:
            threshold = length // 100 + 1
            for element, positions in b2j.items():
                if len(positions) > threshold:
                    popular.add(element)
            for element in popular:
                del b2j[element]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest junk-free matching block in a[alo:ahi] and b[blo:bhi] (earliest in a,
        then in b, on ties), extended by adjacent junk-equal elements."""
        a, b, b2j, isbjunk = self.a, self.b, self.b2j, self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # lengths[j] = length of the match ending with a[i-1] and b[j]
        lengths = {}
        for i in range(alo, ahi):
            new_lengths = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = new_lengths[j] = lengths.get(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            lengths = new_lengths
        # Extend with elements that are equal but not indexed (popular ones), then with
        # junk, on both ends.
        while (best_i > alo and best_j > blo and not isbjunk(b[best_j - 1])
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and not isbjunk(b[best_j + best_size])
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1
        while (best_i > alo and best_j > blo and isbjunk(b[best_j - 1])
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and isbjunk(b[best_j + best_size])
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        pending = [(0, len_a, 0, len_b)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = match = self.find_longest_match(alo, ahi, blo, bhi)
            if size:
                blocks.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + size < ahi and j + size < bhi:
                    pending.append((i + size, ahi, j + size, bhi))
        blocks.sort()
        # Merge adjacent blocks.
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match(*block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = answer = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        return answer

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with up to n lines of context around each change."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        span = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > span:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(): the common elements regardless of order."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
        counts = self.fullbcount
        available = {}
        matches = 0
        for element in self.a:
            left = available[element] if element in available else counts.get(element, 0)
            available[element] = left - 1
            if left > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        len_a, len_b = len(self.a), len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best `n` of `possibilities` whose similarity to `word` is at least `cutoff`."""
    if not n > 0:
        raise ValueError(f'n must be > 0: {n!r}')
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f'cutoff must be in [0.0, 1.0]: {cutoff!r}')
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


def _keep_original_ws(text, tag_text):
    """tag_text with the tabs and spaces of `text` kept where the tags are blank."""
    return ''.join(ch if tag == ' ' and ch.isspace() else tag
                   for ch, tag in zip(text, tag_text))


class Differ:
    """Line-by-line differences with '- ', '+ ', '  ' prefixes and '? ' hint lines that
    mark the changed characters of similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError(f'unknown tag {tag!r}')
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for index in range(lo, hi):
            yield f'{tag} {x[index]}'

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        if bhi - blo < ahi - alo:
            first = self._dump('+', b, blo, bhi)
            second = self._dump('-', a, alo, ahi)
        else:
            first = self._dump('-', a, alo, ahi)
            second = self._dump('+', b, blo, bhi)
        yield from first
        yield from second

    # A line of b is paired only with lines of a within this distance of its own position.
    _PAIRING_WINDOW = 10

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Walk b; pair each line with the most similar line of a near the same position
        (similarity over 0.75), show the pair (with '?' hints unless identical), and show
        the unpaired lines in between as plain deletions and insertions."""
        cutoff = 0.74999
        cruncher = SequenceMatcher(self.charjunk)
        next_i, next_j = alo, blo      # the first lines not shown yet
        for j in range(blo, bhi):
            cruncher.set_seq2(b[j])
            same_position = alo + (j - blo)
            candidates = range(max(same_position - self._PAIRING_WINDOW, next_i),
                               min(same_position + self._PAIRING_WINDOW + 1, ahi))
            if not candidates:
                break
            best_ratio, best_i = cutoff, None
            for i in candidates:
                cruncher.set_seq1(a[i])
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio
                        and cruncher.ratio() > best_ratio):
                    best_ratio, best_i = cruncher.ratio(), i
            if best_i is None:
                continue
            yield from self._fancy_helper(a, next_i, best_i, b, next_j, j)
            aline, bline = a[best_i], b[j]
            if aline == bline:
                yield '  ' + aline
            else:
                yield from self._qformat(aline, bline, *self._char_tags(cruncher, aline,
                                                                        bline))
            next_i, next_j = best_i + 1, j + 1
        yield from self._fancy_helper(a, next_i, ahi, b, next_j, bhi)

    @staticmethod
    def _char_tags(cruncher, aline, bline):
        """The '^', '-', '+' marks under the characters that differ between two lines."""
        atags = btags = ''
        cruncher.set_seqs(aline, bline)
        for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            elif tag == 'equal':
                atags += ' ' * la
                btags += ' ' * lb
            else:
                raise ValueError(f'unknown tag {tag!r}')
        return atags, btags

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield f'? {atags}\n'
        yield '+ ' + bline
        if btags:
            yield f'? {btags}\n'


def IS_LINE_JUNK(line, pat=None):
    """True for lines that are blank or hold only '#' (and whitespace)."""
    if pat is None:
        return line.strip() in ('', '#')
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return f'{beginning}'
    if not length:
        beginning -= 1
    return f'{beginning},{length}'


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences as a unified diff ('---'/'+++' headers and '@@' hunks)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = f'\t{fromfiledate}' if fromfiledate else ''
            todate = f'\t{tofiledate}' if tofiledate else ''
            yield f'--- {fromfile}{fromdate}{lineterm}'
            yield f'+++ {tofile}{todate}{lineterm}'
        first, last = group[0], group[-1]
        file1_range = _format_range_unified(first[1], last[2])
        file2_range = _format_range_unified(first[3], last[4])
        yield f'@@ -{file1_range} +{file2_range} @@{lineterm}'
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in {'replace', 'delete'}:
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in {'replace', 'insert'}:
                for line in b[j1:j2]:
                    yield '+' + line


def _format_range_context(start, stop):
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return f'{beginning}'
    return f'{beginning},{beginning + length - 1}'


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences as a context diff ('***'/'---' headers, '!', '+', '-' markers)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = dict(insert='+ ', delete='- ', replace='! ', equal='  ')
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = f'\t{fromfiledate}' if fromfiledate else ''
            todate = f'\t{tofiledate}' if tofiledate else ''
            yield f'*** {fromfile}{fromdate}{lineterm}'
            yield f'--- {tofile}{todate}{lineterm}'
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        file1_range = _format_range_context(first[1], last[2])
        yield f'*** {file1_range} ****{lineterm}'
        if any(tag in {'replace', 'delete'} for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        file2_range = _format_range_context(first[3], last[4])
        yield f'--- {file2_range} ----{lineterm}'
        if any(tag in {'replace', 'insert'} for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError(f'lines to compare must be str, not {type(a[0]).__name__} '
                        f'({a[0]!r})')
    if b and not isinstance(b[0], str):
        raise TypeError(f'lines to compare must be str, not {type(b[0]).__name__} '
                        f'({b[0]!r})')
    if isinstance(a, str):
        a = [a]
    if isinstance(b, str):
        b = [b]
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError(f'all arguments must be str, not: {arg!r}')


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Run a str diff function on bytes (decoded as latin-1) and give bytes lines back."""
    def decode(value):
        try:
            return str(value, 'ascii', 'surrogateescape')
        except TypeError as error:
            raise TypeError(f'all arguments must be bytes, not {type(value).__name__} '
                            f'({value!r})') from error
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences a Differ/ndiff delta was made from (which is 1 or 2)."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError(f'unknown delta choice (must be 1 or 2): {which!r}') from None
    prefixes = ('  ', tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]


# ---- side-by-side differences (_mdiff) and HtmlDiff

# In _mdiff's texts '\0+', '\0-' and '\0^' open an added, deleted or changed run; '\1' closes it.
_HINT_RUN = None


def _hint_runs(hints):
    """The (mark, start, end) runs of '+', '-' or '^' in a '?' hint line."""
    global _HINT_RUN
    if _HINT_RUN is None:
        import re
        _HINT_RUN = re.compile(r'\++|-+|\^+')
    return [(m.group()[0], m.start(), m.end()) for m in _HINT_RUN.finditer(hints)]


class _LineNumbers:
    """The from/to line counters of one _mdiff run and the marked-up text of each line."""

    def __init__(self):
        self.count = [0, 0]

    def next(self, side):
        self.count[side] += 1
        return self.count[side]

    def plain(self, delta, side):
        return self.next(side), delta.pop(0)[2:]

    def whole(self, delta, side, mark):
        # a wholly added or deleted line; an empty one still shows a marked blank
        text = delta.pop(0)[2:] or ' '
        return self.next(side), '\0' + mark + text + '\1'

    def hinted(self, delta, side):
        # a changed line followed by its '?' line: mark each run the hints point at
        text, hints = delta.pop(0), delta.pop(0)
        for mark, start, end in reversed(_hint_runs(hints)):
            text = text[:start] + '\0' + mark + text[start:end] + '\1' + text[end:]
        return self.next(side), text[2:]


def _mdiff_rows(delta_lines):
    """(from, to, changed) rows from ndiff lines; a side is None where that side has no line,
    and ('', '\n') stands for a blank filler keeping both sides level."""
    numbers = _LineNumbers()
    delta = []
    # how many lines the 'to' side is ahead (positive) of the 'from' side in the current change
    to_ahead = 0
    while True:
        while len(delta) < 4:
            delta.append(next(delta_lines, 'X'))
        kinds = ''.join(line[0] for line in delta)
        if kinds.startswith('X'):
            fillers, row = to_ahead, None
        elif kinds.startswith('-?+?'):
            yield numbers.hinted(delta, 0), numbers.hinted(delta, 1), True
            continue
        elif kinds.startswith('--++'):
            to_ahead -= 1
            yield numbers.whole(delta, 0, '-'), None, True
            continue
        elif kinds.startswith(('--?+', '--+', '- ')):
            # the last deleted line before the change ends: level the sides first
            row = (numbers.whole(delta, 0, '-'), None)
            fillers, to_ahead = to_ahead - 1, 0
        elif kinds.startswith('-+?'):
            yield numbers.plain(delta, 0), numbers.hinted(delta, 1), True
            continue
        elif kinds.startswith('-?+'):
            yield numbers.hinted(delta, 0), numbers.plain(delta, 1), True
            continue
        elif kinds.startswith('-'):
            to_ahead -= 1
            yield numbers.whole(delta, 0, '-'), None, True
            continue
        elif kinds.startswith('+--'):
            to_ahead += 1
            yield None, numbers.whole(delta, 1, '+'), True
            continue
        elif kinds.startswith(('+ ', '+-')):
            row = (None, numbers.whole(delta, 1, '+'))
            fillers, to_ahead = to_ahead + 1, 0
        elif kinds.startswith('+'):
            to_ahead += 1
            yield None, numbers.whole(delta, 1, '+'), True
            continue
        elif kinds.startswith(' '):
            text = delta.pop(0)[2:]
            yield (numbers.next(0), text), (numbers.next(1), text), False
            continue
        for _ in range(-fillers):
            yield None, ('', '\n'), True
        for _ in range(fillers):
            yield ('', '\n'), None, True
        if row is None:
            return
        yield row[0], row[1], True


def _mdiff_pairs(rows):
    """The rows with both sides filled: a lone side waits for a line of the other side."""
    from_side, to_side = [], []
    while True:
        while not from_side or not to_side:
            row = next(rows, None)
            if row is None:
                return
            from_line, to_line, changed = row
            if from_line is not None:
                from_side.append((from_line, changed))
            if to_line is not None:
                to_side.append((to_line, changed))
        from_line, from_changed = from_side.pop(0)
        to_line, to_changed = to_side.pop(0)
        yield from_line, to_line, from_changed or to_changed


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""Side-by-side differences: ((from number, text), (to number, text), changed) tuples.

    The texts carry '\0+', '\0-', '\0^' ... '\1' marks around added, deleted and changed
    runs. With context (a number of lines), only the changed rows and that many rows around
    them come out, with (None, None, None) between separate groups.
    """
    pairs = _mdiff_pairs(_mdiff_rows(iter(ndiff(fromlines, tolines, linejunk, charjunk))))
    if context is None:
        yield from pairs
        return
    from collections import deque
    window = context + 1
    while True:
        recent = deque(maxlen=window)
        seen = 0
        for row in pairs:
            recent.append(row)
            seen += 1
            if row[2]:
                break
        else:
            return
        if seen > window:
            yield None, None, None
        yield from recent
        after = window - 1
        while after:
            row = next(pairs, None)
            if row is None:
                return
            after = window - 1 if row[2] else after - 1
            yield row


_HTML_STYLES = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_HTML_LEGEND = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

_HTML_FILE = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_HTML_TABLE = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_HTML_MARKS = (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
               ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;'))


class HtmlDiff(object):
    """Side-by-side HTML tables (or whole files) of two lists of lines, with line and intraline
    changes highlighted and first/next/top links; full or context (numlines around changes)."""

    _file_template = _HTML_FILE
    _styles = _HTML_STYLES
    _table_template = _HTML_TABLE
    _legend = _HTML_LEGEND
    # numbers the anchors of each table made in this process, so several tables can share a page
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5, *,
                  charset='utf-8'):
        """A complete HTML page holding make_table's table and the legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context, numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        # Tabs become runs of '\t' up to the tab stop (so a tab and the spaces it stands for still
        # differ), spaces stay spaces; the trailing newline goes. '\t' is drawn as &nbsp; at the end.
        def expand(line):
            expanded = line.replace(' ', '\0').expandtabs(self._tabsize)
            return expanded.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        # wrap a long line at wrapcolumn visible characters (marks take no room); an open
        # mark is closed at the break and reopened on the continuation, numbered '>'
        width = self._wrapcolumn
        while True:
            if not line_num or len(text) <= width or len(text) - text.count('\0') * 3 <= width:
                data_list.append((line_num, text))
                return
            i = shown = 0
            open_mark = ''
            while shown < width and i < len(text):
                if text[i] == '\0':
                    open_mark = text[i + 1]
                    i += 2
                elif text[i] == '\1':
                    open_mark = ''
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, rest = text[:i], text[i:]
            if open_mark:
                head += '\1'
                rest = '\0' + open_mark + rest
            data_list.append((line_num, head))
            line_num, text = '>', rest

    def _line_wrapper(self, diffs):
        for from_data, to_data, flag in diffs:
            if flag is None:
                yield from_data, to_data, flag
                continue
            from_parts, to_parts = [], []
            self._split_line(from_parts, *from_data)
            self._split_line(to_parts, *to_data)
            while from_parts or to_parts:
                yield (from_parts.pop(0) if from_parts else ('', ' '),
                       to_parts.pop(0) if to_parts else ('', ' '), flag)

    def _collect_lines(self, diffs):
        from_cells, to_cells, flags = [], [], []
        for from_data, to_data, flag in diffs:
            if flag is None:
                # a context separator
                from_cells.append(None)
                to_cells.append(None)
            else:
                from_cells.append(self._format_line(0, flag, *from_data))
                to_cells.append(self._format_line(1, flag, *to_data))
            flags.append(flag)
        return from_cells, to_cells, flags

    def _format_line(self, side, flag, linenum, text):
        """The number and text cells of one side of a row."""
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ''
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (anchor, linenum, text)

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = number + 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """The "next" anchors (numlines rows before each change) and links of every row."""
        prefix = self._prefix[1]
        anchors = [''] * len(flaglist)
        links = [''] * len(flaglist)
        changes = 0
        in_change = False
        last_start = 0
        for row, flag in enumerate(flaglist):
            if not flag:
                in_change = False
                continue
            if in_change:
                continue
            in_change = True
            last_start = row
            anchors[max(0, row - numlines)] = ' id="difflib_chg_%s_%d"' % (prefix, changes)
            changes += 1
            links[row] = '<a href="#difflib_chg_%s_%d">n</a>' % (prefix, changes)
        if not flaglist:
            flaglist, anchors, links, last_start = [False], [''], [''], 0
            message = 'No Differences Found' if context else 'Empty File'
            fromlist = tolist = ['<td></td><td>&nbsp;%s&nbsp;</td>' % message]
        if not flaglist[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % prefix
        links[last_start] = '<a href="#difflib_chg_%s_top">t</a>' % prefix
        return fromlist, tolist, flaglist, links, anchors

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        """The HTML table comparing the two lists of lines side by side."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, links, anchors = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
                continue
            rows.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">%s</td>%s</tr>\n'
                        % (anchors[i], links[i], fromlist[i], links[i], tolist[i]))
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>' % (fromdesc, todesc))
        table = self._table_template % {'data_rows': ''.join(rows), 'header_row': header,
                                        'prefix': self._prefix[1]}
        for mark, html in _HTML_MARKS:
            table = table.replace(mark, html)
        return table
