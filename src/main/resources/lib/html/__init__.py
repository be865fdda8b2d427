"""General functions for HTML manipulation: escape() and unescape().

Written for Ember from the documentation and the HTML5 standard's rules for character
references (which CPython follows).
"""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace the characters &, < and > of s with HTML-safe sequences; with quote (the
    default) also the quotation marks " and '."""
    s = s.replace('&', '&amp;')        # first, or the other replacements would be re-escaped
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


# --- unescaping (HTML5 "character reference state") ------------------------------------------

def _windows_1252_charrefs():
    """Numeric references the standard replaces: NUL, CR, and 0x80-0x9F read as windows-1252
    (the five bytes windows-1252 leaves undefined stay as they are)."""
    table = {0x00: '\ufffd', 0x0d: '\r'}
    for number in range(0x80, 0xa0):
        try:
            table[number] = bytes([number]).decode('cp1252')
        except UnicodeDecodeError:
            table[number] = chr(number)
    return table


_invalid_charrefs = _windows_1252_charrefs()

# Code points a numeric reference may not produce: they are dropped. C0/C1 controls (not tab,
# LF, FF, CR, space), the noncharacters U+FDD0-U+FDEF and the last two of every plane.
_invalid_codepoints = (set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20))
                       | set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
                       | {plane + last for plane in range(0, 0x110000, 0x10000)
                          for last in (0xfffe, 0xffff)})

_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')

_html5 = None


def _named_references():
    global _html5
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    return _html5


def _numeric_reference(text):
    digits = text[1:].rstrip(';')
    number = int(digits[1:], 16) if digits[:1] in ('x', 'X') else int(digits)
    if number in _invalid_charrefs:
        return _invalid_charrefs[number]
    if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
        return '\uFFFD'
    if number in _invalid_codepoints:
        return ''
    return chr(number)


def _named_reference(text):
    table = _named_references()
    if text in table:
        return table[text]
    # The longest known prefix wins ("&notit;" is "¬it;"); the legacy names without ';'
    # are in the table for exactly this.
    for length in range(len(text) - 1, 1, -1):
        replacement = table.get(text[:length])
        if replacement is not None:
            return replacement + text[length:]
    return '&' + text


def _replace_charref(match):
    text = match.group(1)
    if text[0] == '#':
        return _numeric_reference(text)
    return _named_reference(text)


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;, &#62;, &#x3e;) in s to
    the corresponding Unicode characters, by the rules of HTML5 (invalid references too)."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
