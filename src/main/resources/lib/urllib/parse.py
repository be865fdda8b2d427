"""Splitting, joining, quoting and query-string handling of URLs (urllib.parse).

Written for Ember from the documentation and CPython 3.13's observable behaviour (RFC 3986
resolution with CPython's own leniencies). Every function accepts str or bytes-like input;
bytes are decoded as ASCII, handled as str, and the result encoded back (the *Bytes result
classes), as CPython does.
"""

import functools
import re
import types
import warnings
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes take part in relative resolution, have a //netloc, ";params", a "?query" or
# a "#fragment" (historical lists kept for compatibility; only some are consulted).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# The WHATWG URL standard strips C0 controls and space from the start of a URL and removes
# tab/CR/LF anywhere (they cannot be part of a URL and hide schemes from naive checks).
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(c) for c in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    """Clear the caches of urlsplit() and of the quoting tables."""
    urlsplit.cache_clear()
    _byte_quoter_factory.cache_clear()


# --- str/bytes coercion ---------------------------------------------------------------------

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding, errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding, errors=_implicit_errors):
    # An empty value (b'' or None) becomes '' so that default arguments mix with bytes.
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    """Returns the arguments as str plus the function that turns a result back into the
    argument's type. Mixing str with non-empty bytes is an error."""
    first_is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != first_is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if first_is_str:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# --- result classes -------------------------------------------------------------------------

class _ResultMixinStr(object):
    """encode() for the str result tuples."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    """decode() for the bytes result tuples."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read out of the netloc attribute."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # The zone of a scoped IPv6 address ("fe80::1%eth0") keeps its case.
        percent = '%' if isinstance(host, str) else b'%'
        address, sep, zone = host.partition(percent)
        return address.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        number = int(port)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)


def _split_userinfo(netloc, at, colon):
    userinfo, has_at, _ = netloc.rpartition(at)
    if not has_at:
        return None, None
    username, has_colon, password = userinfo.partition(colon)
    return username, (password if has_colon else None)


def _split_hostinfo(netloc, at, colon, open_bracket, close_bracket):
    hostinfo = netloc.rpartition(at)[2]
    before, has_bracket, bracketed = hostinfo.partition(open_bracket)
    if has_bracket:
        host, _, rest = bracketed.partition(close_bracket)
        port = rest.partition(colon)[2]
    else:
        host, _, port = hostinfo.partition(colon)
    return host, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = namedtuple('_DefragResultBase', 'url fragment')
_SplitResultBase = namedtuple('_SplitResultBase', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('_ParseResultBase', 'scheme netloc path params query fragment')

_DefragResultBase.__doc__ = "DefragResult(url, fragment): a URL and its fragment identifier."
_SplitResultBase.__doc__ = "SplitResult(scheme, netloc, path, query, fragment): the 5 parts of a URL."
_ParseResultBase.__doc__ = ("ParseResult(scheme, netloc, path, params, query, fragment): "
                            "the 6 parts of a URL.")

# Kept for code that subclassed the Python 2 names.
ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair_result_classes():
    for str_class, bytes_class in ((DefragResult, DefragResultBytes),
                                   (SplitResult, SplitResultBytes),
                                   (ParseResult, ParseResultBytes)):
        str_class._encoded_counterpart = bytes_class
        bytes_class._decoded_counterpart = str_class


_pair_result_classes()
del _pair_result_classes


# --- host checks ----------------------------------------------------------------------------

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
_DEC_DIGITS = frozenset('0123456789')


def _is_ipv4(text):
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or len(octet) > 3 or not set(octet) <= _DEC_DIGITS:
            return False
        if len(octet) > 1 and octet[0] == '0':
            return False          # leading zeros are ambiguous (octal?) and refused
        if int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    """Whether text is an IPv6 address as the ipaddress module accepts it (with an optional
    %zone and an optional dotted IPv4 tail)."""
    address, has_zone, zone = text.partition('%')
    if has_zone and (not zone or '%' in zone):
        return False
    groups = address.split(':')
    if len(groups) < 3:
        return False
    if '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']          # the IPv4 tail stands for two groups
    if len(groups) > 9:
        return False
    inner_empty = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(inner_empty) > 1:
        return False
    if inner_empty:
        # "::" may stand for one or more zero groups; a lone ':' at either end is an error.
        gap = inner_empty[0]
        before = gap - (0 if groups[0] else 1)
        after = len(groups) - gap - 1 - (0 if groups[-1] else 1)
        if (not groups[0] and before) or (not groups[-1] and after):
            return False
        if before + after > 7:
            return False
        explicit = groups[1 if not groups[0] else 0:gap] + groups[gap + 1:len(groups) - (0 if groups[-1] else 1)]
    else:
        if len(groups) != 8:
            return False
        explicit = groups
    for group in explicit:
        if not group or len(group) > 4 or not set(group) <= _HEX_DIGITS:
            return False
    return True


_ipvfuture = re.compile(r'\Av[a-fA-F0-9]+\..+\Z', re.DOTALL)


def _check_bracketed_host(host):
    """The host inside [...] must be an IPv6 address or an IPvFuture literal ("v1.x")."""
    if host.startswith('v'):
        if not _ipvfuture.match(host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_bracketed_netloc(netloc):
    """A netloc with brackets: nothing may come between '@' (or the start) and '[', only
    ':port' may follow ']', and the bracketed host must be valid. The split is the one the
    hostname/port attributes use."""
    hostinfo = netloc.rpartition('@')[2]
    before, has_bracket, bracketed = hostinfo.partition('[')
    if has_bracket:
        if before:
            raise ValueError("Invalid IPv6 URL")
        host, _, after = bracketed.partition(']')
        if after and not after.startswith(':'):
            raise ValueError("Invalid IPv6 URL")
    else:
        host = hostinfo.partition(':')[0]
    _check_bracketed_host(host)


def _checknetloc(netloc):
    """Refuses a non-ASCII netloc whose NFKC normalization introduces URL delimiters
    (a fullwidth solidus would otherwise change the host after IDNA encoding)."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc
    for delimiter in '@:#?':
        plain = plain.replace(delimiter, '')
    normalized = unicodedata.normalize('NFKC', plain)
    if normalized == plain:
        return
    for delimiter in '/?#@:':
        if delimiter in normalized:
            raise ValueError(f"netloc '{netloc}' contains invalid characters "
                             "under NFKC normalization")


def _splitnetloc(url, start=0):
    """Splits url[start:] at the first '/', '?' or '#' into (netloc, rest)."""
    end = len(url)
    for delimiter in '/?#':
        found = url.find(delimiter, start)
        if 0 <= found < end:
            end = found
    return url[start:end], url[end:]


def _splitparams(url, allow_none=False):
    """Splits ";params" off the last path segment; no ';' there gives '' (None when
    allow_none)."""
    if '/' in url:
        semicolon = url.find(';', url.rfind('/'))
        if semicolon < 0:
            return url, (None if allow_none else '')
    else:
        semicolon = url.find(';')
    return url[:semicolon], url[semicolon + 1:]


# --- splitting and joining ------------------------------------------------------------------
#
# Internally a component is None when the URL does not have it at all and '' when it is
# present but empty ("http://h/p?" has an empty query, "http://h/p" none). The public results
# show both as ''; urljoin, urldefrag and the unsplitting keep the difference (3.14).

def _leading_scheme(url):
    """The scheme at the start of url (None when there is none) and the rest."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return None, url
    for ch in url[:colon]:
        if ch not in scheme_chars:
            return None, url
    return url[:colon].lower(), url[colon + 1:]


def _clean_scheme(scheme):
    if scheme is None:
        return None
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for unsafe in _UNSAFE_URL_BYTES_TO_REMOVE:
        scheme = scheme.replace(unsafe, '')
    return scheme


def _urlsplit(url, scheme=None, allow_fragments=True):
    """(scheme, netloc, path, query, fragment) of a str URL, None for a missing part; scheme
    is the default scheme."""
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    for unsafe in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(unsafe, '')
    scheme = _clean_scheme(scheme)
    found_scheme, rest = _leading_scheme(url)
    if found_scheme is not None:
        scheme, url = found_scheme, rest
    netloc = query = fragment = None
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_netloc(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return scheme, netloc, url, query, fragment


def _urlparse(url, scheme=None, allow_fragments=True):
    scheme, netloc, path, query, fragment = _urlsplit(url, scheme, allow_fragments)
    params = None
    if (scheme or '') in uses_params and ';' in path:
        path, params = _splitparams(path, allow_none=True)
    return scheme, netloc, path, params, query, fragment


def _urlunsplit(scheme, netloc, path, query, fragment):
    """Joins parts back; None parts are left out with their delimiter, '' parts keep it."""
    pieces = []
    if scheme:
        pieces.append(scheme + ':')
    if netloc is not None:
        pieces.append('//' + netloc)
        if path and path[:1] != '/':
            pieces.append('/')
    elif path[:2] == '//':
        pieces.append('//')       # an empty authority keeps a path starting with '//' a path
    pieces.append(path)
    if query is not None:
        pieces.append('?' + query)
    if fragment is not None:
        pieces.append('#' + fragment)
    return ''.join(pieces)


def _public_netloc(scheme, netloc, path):
    """The netloc of a public (all-str) 5/6-tuple: an empty one is written as '//' only for
    schemes that have a netloc, when the path allows it."""
    if netloc:
        return netloc
    if scheme and scheme in uses_netloc and (not path or path[:1] == '/'):
        return ''
    return None


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>.

    The result is a SplitResult (SplitResultBytes for bytes) named tuple; '%' escapes are
    not expanded."""
    url, scheme, coerce_result = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = _urlsplit(url, scheme, allow_fragments)
    return coerce_result(SplitResult(scheme or '', netloc or '', path, query or '', fragment or ''))


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>.

    The result is a ParseResult (ParseResultBytes for bytes) named tuple."""
    url, scheme, coerce_result = _coerce_args(url, scheme)
    scheme, netloc, path, params, query, fragment = _urlparse(url, scheme, allow_fragments)
    return coerce_result(ParseResult(scheme or '', netloc or '', path, params or '',
                                     query or '', fragment or ''))


def urlunsplit(components):
    """Combine the 5 parts of a urlsplit() result back into a URL string (empty query and
    fragment are left out)."""
    scheme, netloc, path, query, fragment, coerce_result = _coerce_args(*components)
    return coerce_result(_urlunsplit(scheme or None, _public_netloc(scheme, netloc, path),
                                     path, query or None, fragment or None))


def urlunparse(components):
    """Combine the 6 parts of a urlparse() result back into a URL string."""
    scheme, netloc, path, params, query, fragment, coerce_result = _coerce_args(*components)
    netloc = _public_netloc(scheme, netloc, path)
    if params:
        path = f"{path};{params}"
    return coerce_result(_urlunsplit(scheme or None, netloc, path, query or None, fragment or None))


def _remove_dot_segments(segments):
    """Resolves '.' and '..' in a list of path segments; '..' above the root is dropped."""
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')       # "a/b/.." names the directory: keep the trailing slash
    return resolved


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute interpretation of
    the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bquery, bfragment = _urlsplit(base, None, allow_fragments)
    scheme, netloc, path, query, fragment = _urlsplit(url, None, allow_fragments)

    if scheme is None:
        scheme = bscheme
    if scheme != bscheme or (scheme and scheme not in uses_relative):
        return coerce_result(url)
    if not scheme or scheme in uses_netloc:
        if netloc:
            return coerce_result(_urlunsplit(scheme, netloc, path, query, fragment))
        netloc = bnetloc
    if not path:
        # No path: the base's, with its query unless one is given (and then its fragment
        # unless one is given).
        if query is None:
            query = bquery
            if fragment is None:
                fragment = bfragment
        return coerce_result(_urlunsplit(scheme, netloc, bpath, query, fragment))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_segments = bpath.split('/')
        if base_segments[-1]:
            del base_segments[-1]      # the base's last segment is a file, not a directory
        segments = base_segments + path.split('/')
        # Empty inner segments would become doubled slashes when joined again.
        segments[1:-1] = [segment for segment in segments[1:-1] if segment]
    new_path = '/'.join(_remove_dot_segments(segments)) or '/'
    return coerce_result(_urlunsplit(scheme, netloc, new_path, query, fragment))


def urldefrag(url):
    """Removes any existing fragment from URL; returns DefragResult(url, fragment)."""
    url, coerce_result = _coerce_args(url)
    fragment = ''
    if '#' in url:
        scheme, netloc, path, query, fragment = _urlsplit(url)
        url = _urlunsplit(scheme, netloc, path, query, None)
    return coerce_result(DefragResult(url, fragment or ''))


# --- unquoting ------------------------------------------------------------------------------

_hexdig = '0123456789ABCDEFabcdef'
_hextobyte = None          # built on first use: every two-hex-digit bytes key -> its byte


def _hex_pairs():
    global _hextobyte
    if _hextobyte is None:
        _hextobyte = {(a + b).encode(): bytes.fromhex(a + b) for a in _hexdig for b in _hexdig}
    return _hextobyte


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    return bytes(_unquote_impl(string))


def _unquote_impl(string):
    if not string:
        string.split          # AttributeError for a non-string false value, like CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    pairs = _hex_pairs()
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        byte = pairs.get(piece[:2])
        if byte is None:
            out += b'%'
            out += piece
        else:
            out += byte
            out += piece[2:]
    return out


_asciire = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent; the bytes so formed are
    decoded with encoding and errors. unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return _unquote_impl(string).decode(encoding, errors)
    if '%' not in string:
        string.split          # AttributeError for a non-str
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only the ASCII runs hold escapes; non-ASCII text passes through as it is.
    parts = _asciire.split(string)
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(_unquote_impl(parts[i]).decode(encoding, errors))
        out.append(parts[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces, as required for unquoting
    HTML form values."""
    return unquote(string.replace('+', ' '), encoding, errors)


# --- quoting --------------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


@functools.lru_cache
def _byte_quoter_factory(safe):
    """The 256-entry table byte -> its quoted text for one set of extra safe bytes."""
    keep = _ALWAYS_SAFE.union(safe)
    return tuple(chr(b) if b in keep else f'%{b:02X}' for b in range(256))


class _Quoter(dict):
    """A dict byte value -> its quoted text, filled as bytes are looked up (kept for code
    that used the old quoting helper; quote_from_bytes uses the tables above)."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, byte):
        quoted = chr(byte) if byte in self.safe else f'%{byte:02X}'
        self[byte] = quoted
        return quoted


def quote(string, safe='/', encoding=None, errors=None):
    """Quote each character of string that is not a letter, digit, '_.-~' or in safe with
    its %xx escape (of its encoding, UTF-8 by default). quote('abc def') -> 'abc%20def'."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting HTML form
    values. Plus signs in the original string are escaped unless in safe."""
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, bytes):
        has_space = b' ' in string
    else:
        has_space = True
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str, and does not perform
    string-to-bytes encoding. quote_from_bytes(b'abc def?') -> 'abc%20def%3f'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')     # non-ASCII safe characters mean nothing
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _byte_quoter_factory(safe)
    return ''.join([table[b] for b in bs])


# --- query strings --------------------------------------------------------------------------

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping each name to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator,
                                 _stacklevel=2):
        result.setdefault(name, []).append(value)
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&',
              *, _stacklevel=1):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        equals = '='

        def decode(text):
            return unquote(text.replace('+', ' '), encoding=encoding, errors=errors)
    elif qs is None:
        return []
    else:
        try:
            # memoryview() refuses ints and other iterables bytes() would accept.
            qs = bytes(memoryview(qs))
        except TypeError:
            if qs:
                raise
            warnings.warn(f"Accepting {type(qs).__name__} objects with false value in "
                          "urllib.parse.parse_qsl() is deprecated as of 3.14",
                          DeprecationWarning, stacklevel=_stacklevel + 1)
            return []
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        equals = b'='

        def decode(text):
            return unquote_to_bytes(text.replace(b'+', b' '))
    if not qs:
        return []
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_equals, value = field.partition(equals)
        if not has_equals and strict_parsing:
            raise ValueError(f"bad query field: {field!r}")
        if value or keep_blank_values:
            pairs.append((decode(name), decode(value)))
    return pairs


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string.

    With doseq, a value that is a sequence gives one "name=value" pair per element."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def quote_one(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for key, value in query:
        key = quote_one(key)
        if not doseq or isinstance(value, (str, bytes)):
            pairs.append(key + '=' + quote_one(value))
            continue
        try:
            len(value)
        except TypeError:
            pairs.append(key + '=' + quote_one(value))
        else:
            for element in value:
                pairs.append(key + '=' + quote_one(element))
    return '&'.join(pairs)


# --- the old split* helpers (deprecated since 3.8 in their public names) --------------------

def to_bytes(url):
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


def _to_bytes(url):
    # Kept from Python 2: a str URL must be pure ASCII.
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


_typeprog = re.compile('([^/:]+):(.*)', re.DOTALL)
_hostprog = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_portprog = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splittype(url):
    """splittype('type:opaquestring') --> 'type', 'opaquestring'."""
    match = _typeprog.match(url)
    if match:
        return match.group(1).lower(), match.group(2)
    return None, url


def _splithost(url):
    """splithost('//host[:port]/path') --> 'host[:port]', '/path'."""
    match = _hostprog.match(url)
    if match:
        host_port, path = match.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splituser(host):
    """splituser('user[:passwd]@host[:port]') --> 'user[:passwd]', 'host[:port]'."""
    user, at, host = host.rpartition('@')
    return (user if at else None), host


def _splitpasswd(user):
    """splitpasswd('user:passwd') -> 'user', 'passwd'."""
    user, colon, passwd = user.partition(':')
    return user, (passwd if colon else None)


def _splitport(host):
    """splitport('host:port') --> 'host', 'port'."""
    match = _portprog.fullmatch(host)
    if match:
        host, port = match.groups()
        if port:
            return host, port
    return host, None


def _splitnport(host, defport=-1):
    """Split host and port, returning the numeric port (None when it is not a number, defport
    when there is none)."""
    head, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return head, defport
    return head, (int(port) if port.isdigit() and port.isascii() else None)


def _splitquery(url):
    """splitquery('/path?query') --> '/path', 'query'."""
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def _splittag(url):
    """splittag('/path#tag') --> '/path', 'tag'."""
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def _splitattr(url):
    """splitattr('/path;attr1=value1;attr2=value2;...') -> '/path', ['attr1=value1', ...]."""
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    """splitvalue('attr=value') --> 'attr', 'value'."""
    attr, equals, value = attr.partition('=')
    return attr, (value if equals else None)


def _deprecated_splitter(name, replacement):
    private = globals()['_' + name]

    def splitter(*args, **kwargs):
        warnings.warn(f"urllib.parse.{name}() is deprecated as of 3.8, "
                      f"use urllib.parse.{replacement}() instead",
                      DeprecationWarning, stacklevel=2)
        return private(*args, **kwargs)
    splitter.__name__ = splitter.__qualname__ = name
    splitter.__doc__ = private.__doc__
    return splitter


splittype = _deprecated_splitter('splittype', 'urlparse')
splithost = _deprecated_splitter('splithost', 'urlparse')
splituser = _deprecated_splitter('splituser', 'urlparse')
splitpasswd = _deprecated_splitter('splitpasswd', 'urlparse')
splitport = _deprecated_splitter('splitport', 'urlparse')
splitnport = _deprecated_splitter('splitnport', 'urlparse')
splitquery = _deprecated_splitter('splitquery', 'urlparse')
splittag = _deprecated_splitter('splittag', 'urlparse')
splitattr = _deprecated_splitter('splitattr', 'urlparse')
splitvalue = _deprecated_splitter('splitvalue', 'parse_qsl')
del _deprecated_splitter
