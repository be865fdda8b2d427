"""A tolerant parser for HTML and XHTML (html.parser.HTMLParser).

Written for Ember from the documentation and CPython 3.14's observable behaviour, which
follows the tokenizer states of the WHATWG HTML standard (section 13.2.5) where it matters:
tag and attribute names, comments and bogus comments, raw-text (script, style, ...) and
escapable raw-text (textarea, title) elements, and what happens to markup cut off by the end
of the input.

The parser is incremental: feed() may be called with any pieces of the document; text that
could still be the start of a tag or a reference is kept until more arrives or close().
"""

import re
import _markupbase

from html import unescape
from html.entities import html5 as html5_entities

__all__ = ['HTMLParser']

_SPACE = '\t\n\r\f '

# Where text stops in the normal state: a tag or a reference may start there.
interesting_normal = re.compile('[&<]')
# '&' followed by what could still grow into a reference when the buffer ends.
incomplete = re.compile('&[a-zA-Z#]')

# References in text (convert_charrefs=False): a name or number and the character after it.
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
incomplete_charref = re.compile('&#(?:[0-9]|[xX][0-9a-fA-F])')
# References in attribute values: a following '=' or a non-exact name keeps a named one as is.
attr_charref = re.compile(r'&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*)[;=]?')

starttagopen = re.compile('<[a-zA-Z]')
endtagopen = re.compile('</[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--!?>')
commentabruptclose = re.compile(r'-?>')          # "<!-->" and "<!--->" are empty comments

# Tag name state: a letter, then anything but space, '/' and '>'; then the spaces and lone
# slashes before the first attribute.
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />]*)(?:[\t\n\r\f ]|/(?!>))*')
# One attribute: a name (preceded by a quote, space or slash), an optional value (quoted or
# bare) and the spaces and lone slashes after it.
_ATTR_NAME = r"""(?<=['"\t\n\r\f /])[^\t\n\r\f />][^\t\n\r\f /=>]*"""
_ATTR_VALUE = r"""'[^']*'|"[^"]*"|(?!['"])[^>\t\n\r\f ]*"""
attrfind_tolerant = re.compile(
    r'(' + _ATTR_NAME + r')'
    r'([\t\n\r\f ]*=[\t\n\r\f ]*(' + _ATTR_VALUE + r'))?'
    r'(?:[\t\n\r\f ]|/(?!>))*')
# A whole tag after its '<' (or '</'): name, attributes, and the closing '>' when present.
locatetagend = re.compile(
    r'[a-zA-Z][^\t\n\r\f />]*'
    r'[\t\n\r\f /]*'
    r'(?:' + _ATTR_NAME +
    r'(?:[\t\n\r\f ]*=[\t\n\r\f ]*(?:' + _ATTR_VALUE + r'))?'
    r'[\t\n\r\f /]*)*'
    r'>?')
# Not used by the parser any more; kept (as CPython keeps it) for code that imported it: the
# older start-tag locator, '<' and a tag up to (not including) its closing '>'.
locatestarttagend_tolerant = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'''(?:(?<=['"\s/])[^\s/>][^\s/=>]*'''
    r'''(?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?'''
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

_REFERENCE_END = re.compile(r'[\t\n\r\f ;]')


def _replace_attr_charref(match):
    ref = match.group(0)
    if ref.startswith('&#'):
        return unescape(ref)          # numeric references are always replaced
    # A named one only when it is a known name exactly and no '=' follows it
    # ("?a=1&copy=2" in a URL stays as written).
    if not ref.endswith('=') and ref[1:] in html5_entities:
        return unescape(ref)
    return ref


def _unescape_attrvalue(value):
    return attr_charref.sub(_replace_attr_charref, value)


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags go to handle_starttag() (or handle_startendtag() for "<tag/>"), end tags to
    handle_endtag(), the text between them to handle_data() (possibly in several pieces).
    With convert_charrefs (the default) character references in text are converted;
    otherwise they go to handle_entityref() and handle_charref().
    """

    # Raw-text elements: their content is text up to the matching end tag.
    CDATA_CONTENT_ELEMENTS = ("script", "style", "xmp", "iframe", "noembed", "noframes")
    # Escapable raw-text elements: the same, but character references are converted.
    RCDATA_CONTENT_ELEMENTS = ("textarea", "title")

    def __init__(self, *, convert_charrefs=True, scripting=False):
        """Initialize and reset this instance.

        With convert_charrefs (the default) character references in text are converted to
        the characters. With scripting, the content of <noscript> is raw text (as in a
        browser running scripts)."""
        super().__init__()
        self.convert_charrefs = convert_charrefs
        self.scripting = scripting
        self.reset()

    def reset(self):
        """Reset this instance. Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        self._support_cdata = True
        self._escapable = True
        super().reset()

    def feed(self, data):
        r"""Feed data to the parser.

        Call this as often as you want, with as little or as much text as you want (may
        include '\n')."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem, *, escapable=False):
        self.cdata_elem = elem.lower()
        self._escapable = escapable
        if self.cdata_elem == 'plaintext':
            self.interesting = re.compile(r'\Z')        # never ends: text to the very end
        else:
            end_tag = r'</%s(?=[\t\n\r\f />])' % self.cdata_elem
            if escapable and not self.convert_charrefs:
                end_tag = '&|' + end_tag
            self.interesting = re.compile(end_tag, re.IGNORECASE | re.ASCII)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None
        self._escapable = True

    def _set_support_cdata(self, flag=True):
        """Whether "<![CDATA[" starts a CDATA section (ending at "]]>", reported with
        unknown_decl) or a bogus comment (ending at ">"). For subclasses that track the
        adjusted current node (CDATA sections exist only in foreign content)."""
        self._support_cdata = flag

    # --- the main loop ------------------------------------------------------------------------

    def _text_end(self, rawdata, i, n):
        """Where the text starting at i ends, or None when the parser must wait for more
        input (or close()) before deciding."""
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find('<', i)
            if j >= 0:
                return j
            # Without a '<' the rest is text, unless a reference may be cut in half at the end:
            # an '&' near the end with no space or ';' after it.
            amp = rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not _REFERENCE_END.search(rawdata, amp):
                return None
            return n
        match = self.interesting.search(rawdata, i)
        if match:
            return match.start()
        return None if self.cdata_elem else n

    def _handle_text(self, text):
        if self.convert_charrefs and self._escapable:
            text = unescape(text)
        self.handle_data(text)

    def goahead(self, end):
        """Handle the buffered data as far as possible; with end, as if the input ended."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(rawdata, i, n)
            if j is None:
                break
            if i < j:
                self._handle_text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._parse_markup(i, n, end)
            elif rawdata.startswith('&#', i):
                k = self._parse_charref(i, n, end)
            elif rawdata.startswith('&', i):
                k = self._parse_entityref(i, n, end)
            else:
                raise AssertionError("interesting.search() lied")
            if k < 0:
                break
            i = self.updatepos(i, k)
        if end and i < n:
            self._handle_text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _parse_markup(self, i, n, end):
        """Markup at '<': the index after it, or -1 to wait for more input."""
        rawdata = self.rawdata
        if starttagopen.match(rawdata, i):
            k = self.parse_starttag(i)
        elif rawdata.startswith('</', i):
            k = self.parse_endtag(i)
        elif rawdata.startswith('<!--', i):
            k = self.parse_comment(i)
        elif rawdata.startswith('<?', i):
            k = self.parse_pi(i)
        elif rawdata.startswith('<!', i):
            k = self.parse_html_declaration(i)
        elif i + 1 < n or end:
            self.handle_data('<')        # a '<' that starts no markup is text
            k = i + 1
        else:
            return -1
        if k < 0 and end:
            k = self._parse_unclosed_markup(i, n)
        return k

    def _parse_unclosed_markup(self, i, n):
        """At the end of the input, markup that never closed: what the standard's end-of-file
        rules make of it (an unfinished tag is dropped, a comment ends). Returns n."""
        rawdata = self.rawdata
        if starttagopen.match(rawdata, i):
            pass
        elif rawdata.startswith('</', i):
            if i + 2 == n:
                self.handle_data('</')
            elif not endtagopen.match(rawdata, i):
                self.handle_comment(rawdata[i + 2:])       # bogus comment
        elif rawdata.startswith('<!--', i):
            stop = n
            for suffix in ('--!', '--', '-'):
                if rawdata.endswith(suffix, i + 4):
                    stop -= len(suffix)
                    break
            self.handle_comment(rawdata[i + 4:stop])
        elif rawdata.startswith('<![CDATA[', i) and self._support_cdata:
            self.unknown_decl(rawdata[i + 3:])
        elif rawdata[i:i + 9].lower() == '<!doctype':
            self.handle_decl(rawdata[i + 2:])
        elif rawdata.startswith('<!', i):
            self.handle_comment(rawdata[i + 2:])           # bogus comment
        elif rawdata.startswith('<?', i):
            self.handle_pi(rawdata[i + 2:])
        else:
            raise AssertionError("we should not get here!")
        return n

    def _parse_charref(self, i, n, end):
        """A numeric reference at '&#' (convert_charrefs off): the index after it, or -1."""
        rawdata = self.rawdata
        match = charref.match(rawdata, i)
        if match:
            self.handle_charref(match.group()[2:-1])
            k = match.end()
            return k if rawdata[k - 1] == ';' else k - 1
        if incomplete_charref.match(rawdata, i):
            if end:
                self.handle_charref(rawdata[i + 2:])
                return n
            return -1
        if i + 3 < n:               # longer than "&#x": it cannot become a reference
            self.handle_data('&#')
            return i + 2
        return -1

    def _parse_entityref(self, i, n, end):
        """A named reference at '&' (convert_charrefs off): the index after it, or -1."""
        rawdata = self.rawdata
        match = entityref.match(rawdata, i)
        if match:
            self.handle_entityref(match.group(1))
            k = match.end()
            return k if rawdata[k - 1] == ';' else k - 1
        if incomplete.match(rawdata, i):
            if end:
                self.handle_entityref(rawdata[i + 1:])
                return n
            return -1
        if i + 1 < n:
            self.handle_data('&')
            return i + 1
        return -1

    # --- markup -------------------------------------------------------------------------------

    def parse_html_declaration(self, i):
        """'<!...>' that is not a comment: CDATA section, doctype or bogus comment. Returns the
        index after it, or -1 when it is not complete yet."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<!', 'unexpected call to parse_html_declaration()'
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 9] == '<![CDATA[' and self._support_cdata:
            close = rawdata.find(']]>', i + 9)
            if close < 0:
                return -1
            self.unknown_decl(rawdata[i + 3:close])
            return close + 3
        if rawdata[i:i + 9].lower() == '<!doctype':
            close = rawdata.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(rawdata[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_comment(self, i, report=True):
        """'<!--...-->' (also closed by '--!>', and "<!-->"/"<!--->" are empty comments)."""
        rawdata = self.rawdata
        assert rawdata.startswith('<!--', i), 'unexpected call to parse_comment()'
        match = commentclose.search(rawdata, i + 4)
        if not match:
            match = commentabruptclose.match(rawdata, i + 4)
            if not match:
                return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start()])
        return match.end()

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is no declaration or tag: a comment up to the first '>'."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ('<!', '</'), 'unexpected call to parse_bogus_comment()'
        close = rawdata.find('>', i + 2)
        if close == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:close])
        return close + 1

    def parse_pi(self, i):
        """'<?...>': a processing instruction up to the first '>'."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        match = piclose.search(rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(rawdata[i + 2:match.start()])
        return match.end()

    def _parse_attributes(self, rawdata, k, endpos):
        """The (name, value) pairs of a start tag from k; returns them and where they end."""
        attrs = []
        while k < endpos:
            match = attrfind_tolerant.match(rawdata, k)
            if not match:
                break
            name, has_value, value = match.group(1, 2, 3)
            if not has_value:
                value = None
            elif value[:1] in ('"', "'") and value[-1:] == value[:1]:
                value = value[1:-1]          # quoted (a bare value never starts with a quote)
            if value:
                value = _unescape_attrvalue(value)
            attrs.append((name.lower(), value))
            k = match.end()
        return attrs, k

    def parse_starttag(self, i):
        """A start tag at i: the index after it, or -1 when it is not complete yet."""
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        match = tagfind_tolerant.match(rawdata, i + 1)
        assert match, 'unexpected call to parse_starttag()'
        self.lasttag = tag = match.group(1).lower()
        attrs, k = self._parse_attributes(rawdata, match.end(), endpos)

        closing = rawdata[k:endpos].strip()
        if closing not in ('>', '/>'):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)          # XHTML-style <br/>
        else:
            self.handle_starttag(tag, attrs)
            if (tag in self.CDATA_CONTENT_ELEMENTS or tag == 'plaintext'
                    or (self.scripting and tag == 'noscript')):
                self.set_cdata_mode(tag, escapable=False)
            elif tag in self.RCDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag, escapable=True)
        return endpos

    def check_for_whole_start_tag(self, i):
        """The index after the start tag at i, or -1 when its '>' has not arrived yet."""
        rawdata = self.rawdata
        match = locatetagend.match(rawdata, i + 1)
        assert match
        j = match.end()
        if rawdata[j - 1] != '>':
            return -1
        return j

    def parse_endtag(self, i):
        """An end tag at i: the index after it, or -1 when it is not complete yet."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '</', 'unexpected call to parse_endtag'
        if rawdata.find('>', i + 2) < 0:
            return -1
        if not endtagopen.match(rawdata, i):
            if rawdata[i + 2:i + 3] == '>':
                return i + 3                 # "</>" is dropped
            return self.parse_bogus_comment(i)
        match = locatetagend.match(rawdata, i + 2)
        assert match
        j = match.end()
        if rawdata[j - 1] != '>':
            return -1
        tag = tagfind_tolerant.match(rawdata, i + 2).group(1).lower()
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return j

    # --- handlers (to be overridden) ----------------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag <tag .../>: by default a start and an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
