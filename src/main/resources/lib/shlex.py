"""A lexical analyzer for shell-like syntax (shlex class, split, join, quote).

Written for Ember. The tokenizer is a small state machine reading one character at a
time, in POSIX mode (quotes removed, escapes honoured) or compatibility mode.
"""

import sys
import re
from collections import deque

__all__ = ['shlex', 'split', 'quote', 'join']

# Tokenizer states besides "inside a quote" (the quote character) and "after an escape"
# (the escape character).
_BETWEEN = ' '       # between tokens
_WORD = 'a'          # inside a word
_PUNCT = 'c'         # inside a run of punctuation characters
_FINISHED = None     # input exhausted


class _StringReader:
    """Reads a str the way shlex reads a file: read(1) and readline()."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def read(self, size=-1):
        start = self.pos
        end = len(self.text) if size is None or size < 0 else min(len(self.text), start + size)
        self.pos = end
        return self.text[start:end]

    def readline(self):
        start = self.pos
        newline = self.text.find('\n', start)
        end = len(self.text) if newline < 0 else newline + 1
        self.pos = end
        return self.text[start:end]

    def close(self):
        pass


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringReader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters pushed back while reading a run of punctuation.
            self._pushback_chars = deque()
            # These characters make up file names and options in shell commands.
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back onto the stack: get_token() returns it next."""
        if self.debug >= 1:
            print('shlex: pushing token ' + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` until it is exhausted, then resume the current input."""
        if isinstance(newstream, str):
            newstream = _StringReader(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Close the current input and go back to the one it interrupted."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    def get_token(self):
        """The next token (pushed-back ones first, source inclusions handled), or eof."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print('shlex: popping token ' + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print('shlex: token=' + repr(raw))
            else:
                print('shlex: token=EOF')
        return raw

    # ------------------------------------------------------------ the state machine

    def read_token(self):
        """Read one raw token from the input."""
        self._quoted = False
        self._escaped_from = _BETWEEN
        while True:
            if self._punctuation_chars and self._pushback_chars:
                char = self._pushback_chars.pop()
            else:
                char = self.instream.read(1)
            if char == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print('shlex: in state %r I see character: %r' % (self.state, char))
            state = self.state
            if state is _FINISHED:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._between_tokens(char)
            elif state in self.quotes:
                done = self._in_quotes(char)
            elif state in self.escape:
                done = self._after_escape(char)
            elif state in (_WORD, _PUNCT):
                done = self._in_word(char)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print('shlex: raw token=' + repr(result))
            else:
                print('shlex: raw token=EOF')
        return result

    def _token_complete(self):
        """Whether a token has been collected (an empty quoted one counts in POSIX mode)."""
        return bool(self.token) or (self.posix and self._quoted)

    def _between_tokens(self, char):
        if not char:
            self.state = _FINISHED
            return True
        if char in self.whitespace:
            if self.debug >= 2:
                print('shlex: I see whitespace in whitespace state')
            return self._token_complete()
        if char in self.commenters:
            self.instream.readline()
            self.lineno += 1
        elif self.posix and char in self.escape:
            self._escaped_from = _WORD
            self.state = char
        elif char in self.wordchars:
            self.token = char
            self.state = _WORD
        elif char in self._punctuation_chars:
            self.token = char
            self.state = _PUNCT
        elif char in self.quotes:
            if not self.posix:
                self.token = char
            self.state = char
        elif self.whitespace_split:
            self.token = char
            self.state = _WORD
        else:
            # A character of its own class is a one-character token.
            self.token = char
            return self._token_complete()
        return False

    def _in_quotes(self, char):
        quote = self.state
        self._quoted = True
        if not char:
            if self.debug >= 2:
                print('shlex: I see EOF in quotes state')
            raise ValueError('No closing quotation')
        if char == quote:
            if not self.posix:
                self.token += char
                self.state = _BETWEEN
                return True
            self.state = _WORD
        elif self.posix and char in self.escape and quote in self.escapedquotes:
            self._escaped_from = quote
            self.state = char
        else:
            self.token += char
        return False

    def _after_escape(self, char):
        escape = self.state
        if not char:
            if self.debug >= 2:
                print('shlex: I see EOF in escape state')
            raise ValueError('No escaped character')
        # Inside quotes, only the quote itself or the escape character can be escaped;
        # before anything else the escape character stays.
        if (self._escaped_from in self.quotes
                and char != escape and char != self._escaped_from):
            self.token += escape
        self.token += char
        self.state = self._escaped_from
        return False

    def _in_word(self, char):
        if not char:
            self.state = _FINISHED
            return True
        if char in self.whitespace:
            if self.debug >= 2:
                print('shlex: I see whitespace in word state')
            self.state = _BETWEEN
            return self._token_complete()
        if char in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = _BETWEEN
                return self._token_complete()
            return False
        if self.state == _PUNCT:
            if char in self._punctuation_chars:
                self.token += char
                return False
            if char not in self.whitespace:
                self._pushback_chars.append(char)
            self.state = _BETWEEN
            return True
        if self.posix and char in self.quotes:
            self.state = char
        elif self.posix and char in self.escape:
            self._escaped_from = _WORD
            self.state = char
        elif (char in self.wordchars or char in self.quotes
              or (self.whitespace_split and char not in self._punctuation_chars)):
            self.token += char
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(char)
            else:
                self.pushback.appendleft(char)
            if self.debug >= 2:
                print('shlex: I see punctuation in word state')
            self.state = _BETWEEN
            return self._token_complete()
        return False

    # ------------------------------------------------------------ the rest

    def sourcehook(self, newfile):
        """(file name, open file) for a 'source' request naming `newfile`."""
        import os.path
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # Relative names are relative to the file doing the inclusion.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return newfile, open(newfile, 'r')

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the Emacs format: '"file", line n: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string `s` like a shell would."""
    if s is None:
        raise ValueError('s argument must not be None')
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The shell-escaped string of a list of arguments (the inverse of split())."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """A shell-escaped version of the string `s`."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string object, got {type(s).__name__!r}")
    if _find_unsafe(s) is None:
        return s
    # Single quotes protect everything; a single quote itself becomes '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"
