"""Base16, Base32, Base64, Ascii85, Base85 and Z85 encodings (Ember's own `base64`).

Base64 and base16 go through `binascii` (Java), as CPython's do; the other codecs are
written here in Python, with binascii's error messages and `binascii.Error`.
"""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode',
           'z85decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']

import binascii
from binascii import Error as _Error

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError(f'argument should be a bytes-like object or ASCII string, '
                        f'not {s.__class__.__name__!r}') from None


def _bytes_for_encoding(s):
    """The bytes of a bytes-like argument (binascii's check for the encoders)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(s).__name__}'") from None


def _supports_buffer(obj):
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Base64

def _b64_encode(data, newline=False):
    return binascii.b2a_base64(data, newline=newline)


def _b64_decode(data, strict=False):
    """binascii.a2b_base64: non-alphabet characters are skipped (an error when strict)."""
    return binascii.a2b_base64(data, strict_mode=strict)


def b64encode(s, altchars=None):
    encoded = _b64_encode(_bytes_for_encoding(s))
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _b64_decode(s, strict=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode_translation))


# ---------------------------------------------------------------------------------------------
# Base32

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if isinstance(s, str) or not _supports_buffer(s):
        raise TypeError(f"memoryview: a bytes-like object is required, not "
                        f"'{type(s).__name__}'")
    data = bytes(memoryview(s))
    leftover = len(data) % 5
    if leftover:
        data = data + b'\0' * (5 - leftover)
    out = bytearray()
    for start in range(0, len(data), 5):
        chunk = int.from_bytes(data[start:start + 5], 'big')
        out += bytes(alphabet[(chunk >> shift) & 0x1F] for shift in range(35, -1, -5))
    padding = {1: 6, 2: 4, 3: 3, 4: 1}.get(leftover, 0)
    if padding:
        out[-padding:] = b'=' * padding
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise _Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    values = {ch: index for index, ch in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(stripped), 8):
        quanta = stripped[start:start + 8]
        chunk = 0
        try:
            for ch in quanta:
                chunk = (chunk << 5) | values[ch]
        except KeyError:
            raise _Error('Non-base32 digit found') from None
        chunk <<= 5 * (8 - len(quanta))
        out += chunk.to_bytes(5, 'big')
    if len(s) % 8 or padchars not in (0, 1, 3, 4, 6):
        raise _Error('Incorrect padding')
    if padchars and out:
        keep = (43 - 5 * padchars) // 8
        out[-5:] = out[-5:][:keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# ---------------------------------------------------------------------------------------------
# Base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(ch not in b'0123456789ABCDEF' for ch in s):
        raise _Error('Non-base16 digit found')
    if len(s) % 2:
        raise _Error('Odd-length string')
    return binascii.unhexlify(s)


# ---------------------------------------------------------------------------------------------
# Ascii85, Base85, Z85

_A85_START = b'<~'
_A85_END = b'~>'


def _85encode(data, chars, pad=False, foldnuls=False, foldspaces=False):
    data = _bytes_for_encoding(data)
    padding = (-len(data)) % 4
    if padding:
        data = data + b'\0' * padding
    out = bytearray()
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if foldnuls and not word:
            out += b'z'
        elif foldspaces and word == 0x20202020:
            out += b'y'
        else:
            digits = []
            for _ in range(5):
                word, digit = divmod(word, 85)
                digits.append(chars[digit])
            out += bytes(reversed(digits))
    if padding and not pad:
        if foldnuls and out[-1:] == b'z':
            out[-1:] = chars[0:1] * 5
        del out[len(out) - padding:]
    return bytes(out)


_A85_CHARS = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85_CHARS, pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError(f'Ascii85 encoded byte sequences must end with {_A85_END!r}')
        if b.startswith(_A85_START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for ch in b + b'u' * 4:
        if 33 <= ch <= 117:
            group.append(ch)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + (digit - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow') from None
                out += word.to_bytes(4, 'big')
                group = []
        elif ch == 0x7A:     # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and ch == 0x79:    # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'\x20\x20\x20\x20'
        elif ch in ignorechars:
            continue
        else:
            raise ValueError(f'Non-Ascii85 digit found: {chr(ch)}')
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_Z85_ALPHABET = (b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'.-:+=^!/*?&<>()[]{}@%$#')


def b85encode(b, pad=False):
    return _85encode(b, _B85_ALPHABET, pad)


def _85decode(b, alphabet, name):
    values = {ch: index for index, ch in enumerate(alphabet)}
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding if name == 'base85' else b + alphabet[-1:] * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        chunk = b[start:start + 5]
        word = 0
        for offset, ch in enumerate(chunk):
            value = values.get(ch)
            if value is None:
                raise ValueError(f'bad {name} character at position {start + offset}') \
                    from None
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError(f'{name} overflow in hunk starting at byte {start}') from None
        out += word.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85decode(b):
    return _85decode(b, _B85_ALPHABET, 'base85')


def z85encode(s):
    return _85encode(s, _Z85_ALPHABET, False)


def z85decode(s):
    try:
        return _85decode(s, _Z85_ALPHABET, 'z85')
    except ValueError as error:
        raise ValueError(str(error).replace('base85', 'z85')) from None


# ---------------------------------------------------------------------------------------------
# MIME-style (76-character lines) and file helpers

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as error:
        raise TypeError(f'expected bytes-like object, not {s.__class__.__name__}') from error
    if view.format not in ('c', 'b', 'B'):
        raise TypeError(f'expected single byte elements, not {view.format!r} from '
                        f'{s.__class__.__name__}')
    if view.ndim != 1:
        raise TypeError(f'expected 1-D data, not {view.ndim}-D data from '
                        f'{s.__class__.__name__}')


def encodebytes(s):
    _input_type_check(s)
    data = bytes(s)
    return b''.join(_b64_encode(data[i:i + MAXBINSIZE], newline=True)
                    for i in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    _input_type_check(s)
    return _b64_decode(bytes(s))


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(_b64_encode(chunk, newline=True))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(_b64_decode(line))


def main():
    """`python -m base64 [-h|-d|-e|-u] [file|-]`: encode (the default) or decode a file or stdin
    to stdout."""
    import sys
    import getopt
    usage = (f"usage: {sys.argv[0]} [-h|-d|-e|-u] [file|-]\n"
             "        -h: print this help message and exit\n"
             "        -d, -u: decode\n"
             "        -e: encode (default)")
    try:
        options, arguments = getopt.getopt(sys.argv[1:], 'hdeu')
    except getopt.error as error:
        print(error, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(2)
    convert = encode
    for option, _ in options:
        if option == '-h':
            print(usage)
            return
        convert = decode if option in ('-d', '-u') else encode
    if arguments and arguments[0] != '-':
        with open(arguments[0], 'rb') as source:
            convert(source, sys.stdout.buffer)
    else:
        convert(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
