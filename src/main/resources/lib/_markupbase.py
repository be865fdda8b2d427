"""Position tracking and SGML declaration scanning shared by markup parsers (html.parser).

Written for Ember. Not a public API: ParserBase keeps the line/offset position of the text
consumed so far and can skip SGML declarations (<!DOCTYPE ...[internal subset]>, marked
sections <![CDATA[...]]> and Microsoft Office's <![if ...]>).
"""

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_declstringlit_match = re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')     # <![if ...]> ... <![endif]>

del re

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class ParserBase:
    """Common support of the markup parsers: position tracking and declaration scanning.
    Subclasses provide rawdata and the handle_* methods."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Account for rawdata[i:j] as consumed (each piece exactly once, in order); returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """Scan '<!...>' at i: a doctype goes to handle_decl, another declaration to
        unknown_decl. Returns the index after it, or -1 when the buffer ends first."""
        rawdata = self.rawdata
        j = i + 2
        assert rawdata[i:j] == '<!', "unexpected call to parse_declaration"
        if rawdata[j:j + 1] == '>':
            return j + 1                         # the empty declaration <!>
        if rawdata[j:j + 1] in ('-', ''):
            return -1                            # maybe a comment cut by the buffer's end
        if rawdata[j:j + 2] == '--':
            return self.parse_comment(i)
        if rawdata[j] == '[':
            return self.parse_marked_section(i)
        decltype, j = self._scan_name(j, i)
        if j < 0:
            return j
        if decltype == 'doctype':
            self._decl_otherchars = ''
        n = len(rawdata)
        while j < n:
            ch = rawdata[j]
            if ch == '>':
                data = rawdata[i + 2:j]
                if decltype == 'doctype':
                    self.handle_decl(data)
                else:
                    self.unknown_decl(data)
                return j + 1
            if ch in '"\'':
                match = _declstringlit_match(rawdata, j)
                if not match:
                    return -1
                j = match.end()
            elif ch in _LETTERS:
                _, j = self._scan_name(j, i)
            elif ch in self._decl_otherchars:
                j += 1
            elif ch == '[':
                if decltype == 'doctype':
                    j = self._parse_doctype_subset(j + 1, i)
                elif decltype in {'attlist', 'linktype', 'link', 'element'}:
                    raise AssertionError("unsupported '[' char in %s declaration" % decltype)
                else:
                    raise AssertionError("unexpected '[' char in declaration")
            else:
                raise AssertionError("unexpected %r char in declaration" % ch)
            if j < 0:
                return j
        return -1

    def parse_marked_section(self, i, report=1):
        """Scan '<![keyword ...]]>' (or Office's '<![if ...]>'); its text goes to unknown_decl."""
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in {'temp', 'cdata', 'ignore', 'include', 'rcdata'}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif keyword in {'if', 'else', 'endif'}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        """Scan '<!--...-->' (SGML style: '--' then optional space then '>')."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _parse_doctype_subset(self, i, declstartpos):
        """Skip a doctype's internal subset '[...]' from i (after '['); returns the index of
        the '>' that follows it, or -1 when the buffer ends first."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i
        while j < n:
            ch = rawdata[j]
            if ch == '<':
                if j + 1 == n:
                    return -1
                if rawdata[j + 1] != '!':
                    self.updatepos(declstartpos, j + 1)
                    raise AssertionError("unexpected char in internal subset (in %r)"
                                         % rawdata[j:j + 2])
                if j + 4 > n:
                    return -1
                if rawdata[j:j + 4] == '<!--':
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                name, j = self._scan_name(j + 2, declstartpos)
                if j == -1:
                    return -1
                if name not in {'attlist', 'element', 'entity', 'notation'}:
                    self.updatepos(declstartpos, j + 2)
                    raise AssertionError("unknown declaration %r in internal subset" % name)
                j = getattr(self, '_parse_doctype_' + name)(j, declstartpos)
                if j < 0:
                    return j
            elif ch == '%':                      # parameter entity reference
                if j + 1 == n:
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                if rawdata[j] == ';':
                    j += 1
            elif ch == ']':
                j += 1
                while j < n and rawdata[j].isspace():
                    j += 1
                if j >= n:
                    return -1
                if rawdata[j] == '>':
                    return j
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char after internal subset")
            elif ch.isspace():
                j += 1
            else:
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char %r in internal subset" % ch)
        return -1

    # The declarations of an internal subset, each scanned from after its keyword to after its
    # '>'; -1 when the buffer ends first. Names must be name tokens (AssertionError otherwise).

    def _parse_doctype_element(self, i, declstartpos):
        """<!ELEMENT name content-model>: the model is skipped up to the first '>'."""
        _, j = self._scan_name(i, declstartpos)
        if j == -1:
            return -1
        close = self.rawdata.find('>', j)
        return -1 if close < 0 else close + 1

    def _parse_doctype_attlist(self, i, declstartpos):
        """<!ATTLIST element (name type-or-(enumeration) ['default'] [#KEYWORD])* >."""
        rawdata = self.rawdata
        _, j = self._scan_name(i, declstartpos)
        ch = rawdata[j:j + 1]
        if ch == '':
            return -1
        if ch == '>':
            return j + 1
        while True:
            _, j = self._scan_name(j, declstartpos)          # the attribute's name
            if j < 0:
                return j
            ch = rawdata[j:j + 1]
            if ch == '':
                return -1
            if ch == '(':                                     # an enumerated type
                close = rawdata.find(')', j)
                if close < 0:
                    return -1
                j = close + 1
                while rawdata[j:j + 1].isspace():
                    j += 1
                if j >= len(rawdata):
                    return -1
            else:
                _, j = self._scan_name(j, declstartpos)      # the type's name
            ch = rawdata[j:j + 1]
            if not ch:
                return -1
            if ch in '\'"':                                  # a default value
                match = _declstringlit_match(rawdata, j)
                if not match:
                    return -1
                j = match.end()
                ch = rawdata[j:j + 1]
                if not ch:
                    return -1
            if ch == '#':                                     # #REQUIRED, #IMPLIED, #FIXED
                if rawdata[j:] == '#':
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                ch = rawdata[j:j + 1]
                if not ch:
                    return -1
            if ch == '>':
                return j + 1

    def _parse_doctype_notation(self, i, declstartpos):
        """<!NOTATION name (names and quoted strings)* >."""
        _, j = self._scan_name(i, declstartpos)
        if j < 0:
            return j
        return self._skip_names_and_literals(j, declstartpos)

    def _parse_doctype_entity(self, i, declstartpos):
        """<!ENTITY [%] name (names and quoted strings)* >."""
        rawdata = self.rawdata
        j = i
        if rawdata[i:i + 1] == '%':                          # a parameter entity
            j = i + 1
            while rawdata[j:j + 1].isspace():
                j += 1
            if j >= len(rawdata):
                return -1
        _, j = self._scan_name(j, declstartpos)
        if j < 0:
            return j
        return self._skip_names_and_literals(j, declstartpos)

    def _skip_names_and_literals(self, j, declstartpos):
        rawdata = self.rawdata
        while True:
            ch = rawdata[j:j + 1]
            if not ch:
                return -1
            if ch == '>':
                return j + 1
            if ch in '\'"':
                match = _declstringlit_match(rawdata, j)
                if not match:
                    return -1
                j = match.end()
            else:
                _, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _scan_name(self, i, declstartpos):
        """The lower-cased name token at i and the index after it and its trailing space;
        (None, -1) when the buffer ends there."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        match = _declname_match(rawdata, i)
        if not match:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % rawdata[declstartpos:declstartpos + 20])
        if match.end() == n:
            return None, -1                      # the name may go on in the next chunk
        return match.group().strip().lower(), match.end()

    def unknown_decl(self, data):
        """Called for a declaration the parser does not know (to be overridden)."""
        pass
