"""Text wrapping and filling (Ember's own textwrap module).

TextWrapper splits text into chunks (words, whitespace runs, and the pieces of hyphenated
words), then packs chunks greedily into lines of at most `width` characters.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace is whitespace here: other Unicode spaces (such as the no-break
# space) must keep words together.
_whitespace = '\t\n\x0b\x0c\r '


def _build_word_separator():
    """The regex whose matches are the chunks of text when hyphens may break lines.

    A chunk is one of:
      * a run of whitespace;
      * an em-dash written as two or more hyphens, between a word and a word character;
      * a word, which ends at whitespace or the end of text, before an em-dash, or just
        after a hyphen that joins two letter runs (as in 'long-term', but not '-x' or
        'a-1'), so that 'long-' and 'term' can go on different lines.
    """
    space = '[%s]' % re.escape(_whitespace)
    not_space = '[^%s]' % re.escape(_whitespace)
    letter = r'[^\d\W]'
    word_or_punct = r'[\w!"\'&.,?]'
    whitespace_run = f'{space}+'
    em_dash = fr'(?<={word_or_punct})-{{2,}}(?=\w)'
    hyphen_between_letters = (fr'-(?:(?<={letter}{{2}}-)|(?<={letter}-{letter}-))'
                              fr'(?={letter}-?{letter})')
    word_end = fr'(?={space}|\Z)'
    before_em_dash = fr'(?<={word_or_punct})(?=-{{2,}}\w)'
    word = f'{not_space}+?(?:{hyphen_between_letters}|{word_end}|{before_em_dash})'
    return re.compile(f'({whitespace_run}|{em_dash}|{word})')


class TextWrapper:
    """Object for wrapping/filling text.

    Options (instance attributes, also keyword arguments of the constructor):
      width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
      fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens,
      tabsize, max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _build_word_separator()
    # Without hyphen breaking, only whitespace separates chunks.
    wordsep_simple_re = re.compile(r'([%s]+)' % re.escape(_whitespace))

    # A lowercase letter, sentence-ending punctuation, and an optional closing quote.
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting into chunks -------------------------------------------------

    def _munge_whitespace(self, text):
        """Expands tabs and turns every whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Splits text into chunks, e.g. 'Look, goof-ball -- use the -b option!' gives
        'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the', ' ', '-b', ' ',
        'option!' (with break_on_hyphens; otherwise 'goof-ball' stays whole)."""
        separator = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in separator.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Makes the space after a sentence-ending chunk two spaces (heuristically)."""
        index = 0
        ends_sentence = self.sentence_end_re.search
        while index < len(chunks) - 1:
            if chunks[index + 1] == " " and ends_sentence(chunks[index]):
                chunks[index + 1] = "  "
                index += 2
            else:
                index += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- packing chunks into lines ---------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deals with a chunk longer than the room on the line: breaks it (preferably
        after a hyphen) or, if words may not be broken, puts it on a line of its own."""
        space_left = 1 if width < 1 else width - cur_len
        # With no room left (3.14), the word waits for the next line instead of adding an
        # empty piece that would keep trailing whitespace on this one.
        if self.break_long_words and space_left > 0:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(char != '-' for char in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the long word goes to the next line, where it will be alone.

    def _check_options(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Packs chunks into lines of at most self.width characters (indent included)."""
        lines = []
        self._check_options()
        chunks.reverse()    # popping from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (but not of the text) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += length

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if self._line_fits_limit(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _line_fits_limit(self, lines, chunks, cur_len, width):
        """True if the line may be added as is under max_lines: the limit is not reached
        yet, or this is the last line and nothing but dropped whitespace follows."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_follows = (not chunks or
                           self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return nothing_follows and cur_len <= width

    def _end_with_placeholder(self, lines, cur_line, cur_len, indent, width):
        """Ends the text with the placeholder: on this line after dropping chunks until it
        fits, else at the end of the previous line, else on a line of its own."""
        placeholder = self.placeholder
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                cur_line.append(placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    # -- public interface ------------------------------------------------------

    def wrap(self, text):
        """Returns the lines of the wrapped text (without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Returns the wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    """The spaces and tabs that start line."""
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Only spaces and tabs count as indentation, and "  " and "\\t" have no common
    prefix. Lines made only of whitespace are emptied (keeping their newline) and do
    not take part in finding the margin.
    """
    lines = text.split('\n')
    lines = ['' if line.isspace() else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None or margin.startswith(blanks):
            margin = blanks
        elif not blanks.startswith(margin):
            margin = _common_prefix(margin, blanks)
    if margin:
        cut = len(margin)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


def _common_prefix(first, second):
    for index, (a, b) in enumerate(zip(first, second)):
        if a != b:
            return first[:index]
    return first[:min(len(first), len(second))]


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    By default, lines made only of whitespace are left alone; predicate(line) chooses
    otherwise.
    """
    pieces = []
    for line in text.splitlines(True):
        selected = predicate(line) if predicate is not None else not line.isspace()
        if selected:
            pieces.append(prefix)
        pieces.append(line)
    return ''.join(pieces)
