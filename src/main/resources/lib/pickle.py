"""Serialization of Python objects (Ember's own implementation of the pickle protocols 0-5).

The byte stream a Pickler writes is the one CPython's C pickler writes for the same objects:
the same opcodes, memo numbering, batching (1000 items) and protocol-4 framing, so pickles
interchange with CPython both ways.
"""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)
format_version = "5.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 5          # Python 3.14

_FRAME_SIZE_TARGET = 64 * 1024   # frames are cut at this size; larger payloads go unframed
_FRAME_SIZE_MIN = 4              # a smaller frame is written without its FRAME header
_BATCH_SIZE = 1000


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5): exports the buffer it was
    made from; a Pickler hands it to buffer_callback or writes it in-band."""
    __slots__ = ('_view', '__weakref__')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) != 1 or (kwargs and 'buffer' not in kwargs):
            raise TypeError(f"PickleBuffer() takes exactly 1 positional argument ({len(args)} given)")
        buffer = args[0] if args else kwargs['buffer']
        try:
            self._view = memoryview(buffer)
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'") from None

    def _checked_view(self):
        view = self._view
        if view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return view

    def __buffer__(self, flags):
        return memoryview(self._checked_view())

    def raw(self):
        """A memoryview of the raw memory underlying this buffer: one dimension, format 'B'.
        Raises BufferError if the buffer is not contiguous."""
        view = self._checked_view()
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B')

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        if self._view is not None:
            self._view.release()
            self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes (pickletools documents them) ----
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# the opcode names (and the protocol constants) are public, as in CPython: pickletools checks
# its opcode table against the bytes-valued names of __all__
__all__.extend(sorted(_name for _name in dir() if len(_name) > 1 and _name[0].isupper()
                      and all(_c.isupper() or _c.isdigit() or _c == '_' for _c in _name)))

_TUPLE_SIZE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)

# ---- Python 2 names (fix_imports): module renames and renamed names ----
_PY2_MODULES = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser', 'repr': 'reprlib',
    'tkFileDialog': 'tkinter.filedialog', 'tkSimpleDialog': 'tkinter.simpledialog',
    'tkColorChooser': 'tkinter.colorchooser', 'tkCommonDialog': 'tkinter.commondialog',
    'Dialog': 'tkinter.dialog', 'Tkdnd': 'tkinter.dnd', 'tkFont': 'tkinter.font',
    'tkMessageBox': 'tkinter.messagebox', 'ScrolledText': 'tkinter.scrolledtext',
    'Tkconstants': 'tkinter.constants', 'Tix': 'tkinter.tix', 'ttk': 'tkinter.ttk',
    'Tkinter': 'tkinter', 'markupbase': '_markupbase', '_winreg': 'winreg',
    'thread': '_thread', 'dummy_thread': '_dummy_thread', 'dbhash': 'dbm.bsd',
    'dumbdbm': 'dbm.dumb', 'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu', 'xmlrpclib': 'xmlrpc.client',
    'SimpleXMLRPCServer': 'xmlrpc.server', 'httplib': 'http.client',
    'htmlentitydefs': 'html.entities', 'HTMLParser': 'html.parser', 'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar', 'BaseHTTPServer': 'http.server',
    'test.test_support': 'test.support', 'commands': 'subprocess', 'urlparse': 'urllib.parse',
    'robotparser': 'urllib.robotparser', 'urllib2': 'urllib.request', 'anydbm': 'dbm',
    '_abcoll': 'collections.abc',
}
_PY3_MODULES = {new: old for old, new in _PY2_MODULES.items()}
_PY3_MODULES.update({'_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools',
                     '_gdbm': 'gdbm', '_pickle': 'pickle'})
# modules that were merged in Python 3: read-only mappings (not reversed)
_PY2_MODULES.update({'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
                     'FileDialog': 'tkinter.filedialog', 'SimpleDialog': 'tkinter.simpledialog',
                     'DocXMLRPCServer': 'xmlrpc.server', 'SimpleHTTPServer': 'http.server',
                     'CGIHTTPServer': 'http.server', 'UserDict': 'collections',
                     'UserList': 'collections', 'UserString': 'collections',
                     'whichdb': 'dbm', 'StringIO': 'io', 'cStringIO': 'io'})
_PY2_NAMES = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
    ('urllib', 'ContentTooShortError'): ('urllib.error', 'ContentTooShortError'),
    ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
    ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
    ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
    ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
    ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
}
for _name in ('ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
              'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
              'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
              'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError',
              'IndexError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
              'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
              'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
              'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
              'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
              'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning',
              'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'):
    _PY2_NAMES[('exceptions', _name)] = ('builtins', _name)
for _name in ('AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError'):
    _PY2_NAMES[('multiprocessing', _name)] = ('multiprocessing.context', _name)
_PY3_NAMES = {new: old for old, new in _PY2_NAMES.items()}
_PY2_NAMES[('exceptions', 'StandardError')] = ('builtins', 'Exception')


# ---- binary helpers (no struct module needed) ----

def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _pack_double(x):
    """The IEEE 754 binary64 image of a float, big-endian (struct's '>d')."""
    import math
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = (0x7FF << 52) | (1 << 51)
    elif x in (math.inf, -math.inf):
        bits = 0x7FF << 52
    elif x == 0.0:
        bits = 0
    else:
        mantissa, exponent = math.frexp(abs(x))     # abs(x) = mantissa * 2**exponent
        biased = exponent + 1022
        if biased <= 0:                              # subnormal: a multiple of 2**-1074
            bits = int(math.ldexp(abs(x), 1074))
        else:
            bits = (biased << 52) | (int(math.ldexp(mantissa, 53)) - (1 << 52))
    return ((sign << 63) | bits).to_bytes(8, 'big')


def _unpack_double(data):
    import math
    bits = int.from_bytes(data, 'big')
    sign = -1.0 if bits >> 63 else 1.0
    biased = (bits >> 52) & 0x7FF
    fraction = bits & ((1 << 52) - 1)
    if biased == 0x7FF:
        return math.copysign(math.nan, sign) if fraction else sign * math.inf
    if biased == 0:
        return sign * math.ldexp(fraction, -1074)
    return sign * math.ldexp(fraction | (1 << 52), biased - 1075)


def encode_long(x):
    """The little-endian two's complement bytes of an int, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """The int of little-endian two's complement bytes."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(text):
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 256:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


def _raw_unicode_unescape(data):
    chars = []
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte == 0x5C and i + 1 < n and data[i + 1] in (0x75, 0x55):   # \u or \U
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    chars.append(chr(int(digits.decode('ascii'), 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        chars.append(chr(byte))
        i += 1
    return ''.join(chars)


_SIMPLE_ESCAPES = {ord('\n'): None, ord('\\'): 0x5C, ord("'"): 0x27, ord('"'): 0x22,
                   ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('n'): 10, ord('r'): 13,
                   ord('t'): 9, ord('v'): 11}


def _unescape_string(data):
    """The bytes of a Python 2 str literal body (the STRING opcode's argument)."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        i += 1
        if byte != 0x5C or i >= n:
            out.append(byte)
            continue
        code = data[i]
        i += 1
        if code in _SIMPLE_ESCAPES:
            if _SIMPLE_ESCAPES[code] is not None:
                out.append(_SIMPLE_ESCAPES[code])
        elif 0x30 <= code <= 0x37:                     # up to three octal digits
            value = code - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xFF)
        elif code == ord('x'):
            digits = data[i:i + 2]
            try:
                out.append(int(digits.decode('ascii'), 16))
            except ValueError:
                raise ValueError(f"invalid \\x escape at position {i - 2}") from None
            if len(digits) != 2:
                raise ValueError(f"invalid \\x escape at position {i - 2}")
            i += 2
        else:
            out += bytes([0x5C, code])
    return bytes(out)


# ---- looking objects up by name ----

def _getattribute(obj, name):
    """The object at dotted path `name` inside `obj`, and its parent."""
    top = obj
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError(f"Can't get local attribute {name!r} on {top!r}")
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {top!r}") from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module `obj` (found as `name`) belongs to."""
    module_name = getattr(obj, '__module__', None)
    if isinstance(module_name, str):
        return module_name
    owner = getattr(obj, '__self__', None)        # a builtin function: its module
    if type(owner) is type(sys):
        return owner.__name__
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# ---------------------------------------------------------------------------------------------
# Pickler

class _Output:
    """The bytes being written, cut into protocol-4 frames as CPython's C pickler cuts them."""

    def __init__(self, framing):
        self.data = bytearray()
        self.framing = framing
        self.frame_start = -1

    def write(self, chunk):
        if self.framing and self.frame_start == -1:
            self.frame_start = len(self.data)
            self.data += b'\0' * 9            # room for a FRAME header
        self.data += chunk

    def commit_frame(self):
        if not self.framing or self.frame_start == -1:
            return
        start = self.frame_start
        length = len(self.data) - start - 9
        if length >= _FRAME_SIZE_MIN:
            self.data[start:start + 9] = FRAME + _u64(length)
        else:
            del self.data[start:start + 9]
        self.frame_start = -1

    def boundary(self):
        """Before each object: a frame that reached the target size is closed."""
        if self.framing and self.frame_start != -1:
            if len(self.data) - self.frame_start - 9 >= _FRAME_SIZE_TARGET:
                self.commit_frame()

    def write_large(self, header, payload):
        """A big payload goes outside any frame (after the current one is closed)."""
        if len(payload) < _FRAME_SIZE_TARGET:
            self.write(header + payload)
            return
        self.commit_frame()
        framing = self.framing
        self.framing = False
        self.data += header
        self.data += payload
        self.framing = framing


class Pickler:
    """pickle.Pickler: Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = None

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, 'memo'):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        self._out = out = _Output(self.proto >= 4)
        if self.proto >= 2:
            out.data += PROTO + bytes([self.proto])
        self.save(obj)
        out.write(STOP)
        out.commit_frame()
        self._out = None
        self._file_write(bytes(out.data))

    def _write(self, chunk):
        self._out.write(chunk)

    # memo
    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        index = len(self.memo)
        self._write(self._put(index))
        self.memo[id(obj)] = index, obj

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if index < 256:
                return BINPUT + bytes([index])
            return LONG_BINPUT + _u32(index)
        return PUT + repr(index).encode('ascii') + b'\n'

    def _get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + bytes([index])
            return LONG_BINGET + _u32(index)
        return GET + repr(index).encode('ascii') + b'\n'

    # the main dispatcher
    def save(self, obj, save_persistent_id=True):
        out = self._out
        out.boundary()          # a frame that reached the target size is closed before each object
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None or t is bool or t is int or t is float:
            self._ATOMIC[t](self, obj)
            return
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._write(self._get(entry[0]))
            return
        save_builtin = self._DISPATCH.get(t)
        if save_builtin is not None:
            save_builtin(self, obj)
            return
        self._save_by_reduction(obj, t)

    def _save_by_reduction(self, obj, t):
        rv = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if issubclass(t, type):
                self._save_type(obj)
                return
            if t is type(len):
                self._save_builtin_function(obj)
                return
            if t is type(_getattribute):
                self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError(f"__reduce__ must return a string or tuple, not {type(rv).__name__}")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        func_name = getattr(func, '__name__', '')
        write = self._write
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            self._check_newobj_class(cls, obj, func_name)
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ expected at least 1 argument, got 0")
            cls = args[0]
            self._check_newobj_class(cls, obj, func_name)
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            entry = self.memo.get(id(obj))
            if entry is not None:
                write(POP + self._get(entry[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    @staticmethod
    def _check_newobj_class(cls, obj, func_name):
        if not hasattr(cls, '__new__'):
            raise PicklingError(f"first argument to {func_name}() has no __new__")
        if obj is not None and cls is not obj.__class__:
            raise PicklingError(f"first argument to {func_name}() must be {obj.__class__!r}, "
                                f"not {cls!r}")

    # the builtin types
    def _save_none(self, obj):
        self._write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def _save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self._write(BININT1 + bytes([obj]))
                    return
                if obj <= 0xffff:
                    self._write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self._write(LONG1 + bytes([n]) + encoded)
            else:
                self._write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack_double(obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    _ATOMIC = {type(None): _save_none, bool: _save_bool, int: _save_long, float: _save_float}

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + _u64(n), obj)
        else:
            self._out.write_large(BINBYTES + _u32(n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + _u64(len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes([n]) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + _u64(n), encoded)
            else:
                self._out.write_large(BINUNICODE + _u32(n), encoded)
        else:
            escaped = (obj.replace('\\', '\\u005c').replace('\0', '\\u0000')
                       .replace('\n', '\\u000a').replace('\r', '\\u000d')
                       .replace('\x1a', '\\u001a'))
            self._write(UNICODE + _raw_unicode_escape(escaped) + b'\n')
        self.memoize(obj)

    def _save_tuple(self, obj):
        write = self._write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            entry = self.memo.get(id(obj))
            if entry is not None:             # the tuple contains itself, through a mutable
                write(POP * n + self._get(entry[0]))
            else:
                write(_TUPLE_SIZE_OPS[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            self.save(element)
        entry = self.memo.get(id(obj))
        if entry is not None:
            if self.bin:
                write(POP_MARK + self._get(entry[0]))
            else:
                write(POP * (n + 1) + self._get(entry[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            self._batch_exact(obj, APPENDS, False)
        else:
            self._batch_appends(obj)

    def _batch_exact(self, items, opcode, pairs):
        """An exact list's or dict's items: MARK ... APPENDS/SETITEMS in batches of 1000, even
        for a last batch of one item (only a single-item container uses APPEND/SETITEM)."""
        items = list(items)
        write = self._write
        for start in range(0, len(items), _BATCH_SIZE):
            write(MARK)
            for item in items[start:start + _BATCH_SIZE]:
                if pairs:
                    self.save(item[0])
                    self.save(item[1])
                else:
                    self.save(item)
            write(opcode)

    def _batch_appends(self, items):
        write = self._write
        if not self.bin:
            for item in items:
                self.save(item)
                write(APPEND)
            return
        iterator = iter(items)
        while True:
            batch = []
            for item in iterator:
                batch.append(item)
                if len(batch) == _BATCH_SIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for item in batch:
                    self.save(item)
                write(APPENDS)
            elif batch:
                self.save(batch[0])
                write(APPEND)
            if len(batch) < _BATCH_SIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            self._batch_exact(obj.items(), SETITEMS, True)
        else:
            self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        write = self._write
        if not self.bin:
            for key, value in items:
                self.save(key)
                self.save(value)
                write(SETITEM)
            return
        iterator = iter(items)
        while True:
            batch = []
            for item in iterator:
                batch.append(item)
                if len(batch) == _BATCH_SIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                write(SETITEMS)
            elif batch:
                key, value = batch[0]
                self.save(key)
                self.save(value)
                write(SETITEM)
            if len(batch) < _BATCH_SIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH_SIZE):
            self._write(MARK)
            for item in items[start:start + _BATCH_SIZE]:
                self.save(item)
            self._write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._write(POP_MARK + self._get(entry[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def _save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def _save_builtin_function(self, obj):
        """A builtin function by name; a builtin method as getattr(its object, name)."""
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            self.save_global(obj)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    def _global_location(self, obj, name):
        """(module name, dotted name, module, parent) of a global, checked to lead back to obj."""
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError) as exc:
            raise PicklingError(f"Can't pickle {obj!r}: it's not found as "
                                f"{module_name}.{name}") from exc
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't get local object {name!r}")
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: it's not found as "
                                f"{module_name}.{name}") from None
        if obj2 is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f"{module_name}.{name}")
        return module_name, name, module, parent

    def save_global(self, obj, name=None):
        module_name, name, module, parent = self._global_location(obj, name)
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self._write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    self._write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            # getattr(parent, lastname); the parent and the argument tuple are not memoized
            self.save(getattr)
            if self.proto < 2:
                self._write(MARK)
            parent_path = name.rpartition('.')[0]
            if isinstance(parent, type) or '.' in parent_path:
                self._write_plain_global(parent)
            else:
                # a module-level object that is no class (unittest.mock's sentinel): its name
                self._write_global_opcode(module_name, parent_path)
            self.save(lastname)
            self._write(TUPLE2 if self.proto >= 2 else TUPLE)
            self._write(REDUCE)
        else:
            self._write_global_opcode(module_name, name)
        self.memoize(obj)

    def _write_plain_global(self, obj):
        module_name, name, module, parent = self._global_location(obj, None)
        if parent is not module:
            self.save(getattr)
            if self.proto < 2:
                self._write(MARK)
            self._write_plain_global(parent)
            self.save(name.rpartition('.')[2])
            self._write(TUPLE2 if self.proto >= 2 else TUPLE)
            self._write(REDUCE)
        else:
            self._write_global_opcode(module_name, name)

    def _write_global_opcode(self, module_name, name):
        if self.proto >= 3:
            self._write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
            return
        if self.fix_imports:
            if (module_name, name) in _PY3_NAMES:
                module_name, name = _PY3_NAMES[(module_name, name)]
            elif module_name in _PY3_MODULES:
                module_name = _PY3_MODULES[module_name]
        try:
            self._write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle global identifier {module_name}.{name!r} "
                                f"using pickle protocol {self.proto}") from None

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        with memoryview(obj) as view:
            if not view.contiguous:
                raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                                    "non-contiguous buffer")
            in_band = self._buffer_callback is None or bool(self._buffer_callback(obj))
            if not in_band:
                # out-of-band: the unpickler is given the buffer itself
                self._write(NEXT_BUFFER)
                if view.readonly:
                    self._write(READONLY_BUFFER)
                return
            data = view.tobytes()
            n = len(data)
            if view.readonly:
                if n <= 0xff:
                    self._write(SHORT_BINBYTES + bytes([n]) + data)
                elif n > 0xffffffff:
                    self._out.write_large(BINBYTES8 + _u64(n), data)
                else:
                    self._out.write_large(BINBYTES + _u32(n), data)
            else:
                self._out.write_large(BYTEARRAY8 + _u64(n), data)
            self.memoize(obj)

    _DISPATCH = {bytes: _save_bytes, bytearray: _save_bytearray, str: _save_str,
                 tuple: _save_tuple, list: _save_list, dict: _save_dict, set: _save_set,
                 frozenset: _save_frozenset, PickleBuffer: _save_picklebuffer}


# ---------------------------------------------------------------------------------------------
# Unpickler

class _BytesInput:
    """read/readline over a bytes-like object (what loads() reads from)."""

    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)


class Unpickler:
    """pickle.Unpickler: Unpickler(file, *, fix_imports=True, encoding='ASCII',
    errors='strict', buffers=())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError(f"Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._DISPATCH
        try:
            while True:
                key = self._file_read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError(f"invalid load key, {_key_repr(key)}.")
                handler(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        """The object `name` of module `module` (Python 2 names mapped when fix_imports)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_NAMES:
                module, name = _PY2_NAMES[(module, name)]
            elif module in _PY2_MODULES:
                module = _PY2_MODULES[module]
        __import__(module, level=0)
        if self.proto >= 4 or '.' in name:
            return _getattribute(sys.modules[module], name)[0]
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {sys.modules[module]!r}") from None

    # opcode handlers
    def _load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def _load_frame(self):
        self._read(8)        # frames only group the data: nothing to do with their size

    def _load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def _load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def _load_none(self):
        self.append(None)

    def _load_false(self):
        self.append(False)

    def _load_true(self):
        self.append(True)

    def _load_int(self):
        data = self._readline()
        if data == b'00\n':
            value = False
        elif data == b'01\n':
            value = True
        else:
            try:
                value = int(data, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(value)

    def _load_binint(self):
        self.append(int.from_bytes(self._read(4), 'little', signed=True))

    def _load_binint1(self):
        self.append(self._read(1)[0])

    def _load_binint2(self):
        self.append(int.from_bytes(self._read(2), 'little'))

    def _load_long(self):
        value = self._readline()[:-1]
        if value and value[-1:] == b'L':
            value = value[:-1]
        try:
            self.append(int(value, 0))
        except ValueError:
            raise ValueError("could not convert string to int") from None

    def _load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def _load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def _load_float(self):
        text = self._readline()[:-1]
        try:
            self.append(float(text))
        except ValueError:
            raise ValueError("could not convert string to float") from None

    def _load_binfloat(self):
        self.append(_unpack_double(self._read(8)))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_string(data)))

    def _load_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def _load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def _load_binbytes(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(self._read(n))

    def _load_short_binbytes(self):
        self.append(self._read(self._read(1)[0]))

    def _load_binbytes8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of "
                                  f"{sys.maxsize} bytes")
        self.append(self._read(n))

    def _load_bytearray8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of "
                                  f"{sys.maxsize} bytes")
        self.append(bytearray(self._read(n)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buffer = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buffer)

    def _load_readonly_buffer(self):
        buffer = self._top()
        with memoryview(buffer) as view:
            if not view.readonly:
                self.stack[-1] = view.toreadonly()

    def _load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def _load_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_binunicode8(self):
        n = int.from_bytes(self._read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of "
                                  f"{sys.maxsize} bytes")
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def _load_empty_tuple(self):
        self.append(())

    def _load_tuple1(self):
        self.stack[-1:] = [(self._top(),)] if self.stack else self._underflow()

    def _load_tuple2(self):
        if len(self.stack) < 2:
            self._underflow()
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def _load_tuple3(self):
        if len(self.stack) < 3:
            self._underflow()
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _load_empty_list(self):
        self.append([])

    def _load_empty_dict(self):
        self.append({})

    def _load_empty_set(self):
        self.append(set())

    def _load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def _load_list(self):
        items = self.pop_mark()
        self.append(items)

    def _load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    @staticmethod
    def _instantiate_class(klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                return klass(*args)
            except TypeError as err:
                raise TypeError(f"in constructor for {klass.__name__}: {err}", sys.exc_info()[2])
        return klass.__new__(klass)

    def _load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        args = self.pop_mark()
        self.append(self._instantiate_class(klass, args))

    def _load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self.append(self._instantiate_class(cls, args))

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f"NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not "
                                  f"{type(cls).__name__}")
        self.append(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        none = object()
        obj = _extension_cache.get(code, none)
        if obj is not none:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def _load_ext1(self):
        self._load_ext(self._read(1)[0])

    def _load_ext2(self):
        self._load_ext(int.from_bytes(self._read(2), 'little'))

    def _load_ext4(self):
        self._load_ext(int.from_bytes(self._read(4), 'little', signed=True))

    def _load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE argument must be a tuple")   # CPython: TypeError from the call
        self.append(func(*args))

    def _load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()

    def _load_pop_mark(self):
        self.pop_mark()

    def _load_dup(self):
        self.append(self._top())

    def _memo_get(self, index):
        try:
            self.append(self.memo[index])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") from None

    def _load_get(self):
        try:
            index = int(self._readline()[:-1])
        except ValueError:
            raise ValueError("could not convert string to int") from None
        self._memo_get(index)

    def _load_binget(self):
        self._memo_get(self._read(1)[0])

    def _load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), 'little'))

    def _load_put(self):
        try:
            index = int(self._readline()[:-1])
        except ValueError:
            raise ValueError("could not convert string to int") from None
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _load_long_binput(self):
        index = int.from_bytes(self._read(4), 'little')
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def _load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _load_append(self):
        value = self._pop()
        self._append_items(self._top(), [value])

    def _load_appends(self):
        items = self.pop_mark()
        self._append_items(self._top(), items)

    @staticmethod
    def _append_items(target, items):
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def _load_setitem(self):
        if len(self.stack) < 3:
            self._underflow()
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def _load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for key, value in state.items():
                if type(key) is str:
                    key = sys.intern(key)
                inst_dict[key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def _load_stop(self):
        raise _Stop(self._pop())

    _DISPATCH = {}


def _key_repr(key):
    """A load key as CPython's message shows it: the character, or \\xNN when not printable."""
    code = key[0]
    if 0x20 <= code < 0x7f:
        return repr(chr(code))
    return f"'\\x{code:02x}'"


_HANDLERS = {
    PROTO: '_load_proto', FRAME: '_load_frame', PERSID: '_load_persid',
    BINPERSID: '_load_binpersid', NONE: '_load_none', NEWFALSE: '_load_false',
    NEWTRUE: '_load_true', INT: '_load_int', BININT: '_load_binint',
    BININT1: '_load_binint1', BININT2: '_load_binint2', LONG: '_load_long',
    LONG1: '_load_long1', LONG4: '_load_long4', FLOAT: '_load_float',
    BINFLOAT: '_load_binfloat', STRING: '_load_string', BINSTRING: '_load_binstring',
    SHORT_BINSTRING: '_load_short_binstring', BINBYTES: '_load_binbytes',
    SHORT_BINBYTES: '_load_short_binbytes', BINBYTES8: '_load_binbytes8',
    BYTEARRAY8: '_load_bytearray8', NEXT_BUFFER: '_load_next_buffer',
    READONLY_BUFFER: '_load_readonly_buffer', UNICODE: '_load_unicode',
    BINUNICODE: '_load_binunicode', BINUNICODE8: '_load_binunicode8',
    SHORT_BINUNICODE: '_load_short_binunicode', TUPLE: '_load_tuple',
    EMPTY_TUPLE: '_load_empty_tuple', TUPLE1: '_load_tuple1', TUPLE2: '_load_tuple2',
    TUPLE3: '_load_tuple3', EMPTY_LIST: '_load_empty_list', EMPTY_DICT: '_load_empty_dict',
    EMPTY_SET: '_load_empty_set', FROZENSET: '_load_frozenset', LIST: '_load_list',
    DICT: '_load_dict', INST: '_load_inst', OBJ: '_load_obj', NEWOBJ: '_load_newobj',
    NEWOBJ_EX: '_load_newobj_ex', GLOBAL: '_load_global', STACK_GLOBAL: '_load_stack_global',
    EXT1: '_load_ext1', EXT2: '_load_ext2', EXT4: '_load_ext4', REDUCE: '_load_reduce',
    POP: '_load_pop', POP_MARK: '_load_pop_mark', DUP: '_load_dup', GET: '_load_get',
    BINGET: '_load_binget', LONG_BINGET: '_load_long_binget', PUT: '_load_put',
    BINPUT: '_load_binput', LONG_BINPUT: '_load_long_binput', MEMOIZE: '_load_memoize',
    APPEND: '_load_append', APPENDS: '_load_appends', SETITEM: '_load_setitem',
    SETITEMS: '_load_setitems', ADDITEMS: '_load_additems', BUILD: '_load_build',
    MARK: '_load_mark', STOP: '_load_stop',
}
for _opcode, _method in _HANDLERS.items():
    Unpickler._DISPATCH[_opcode[0]] = getattr(Unpickler, _method)
del _opcode, _method


# ---------------------------------------------------------------------------------------------
# The module functions

class _BytesSink:
    def __init__(self):
        self.value = b''

    def write(self, data):
        self.value += data
        return len(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


try:
    # Java fast paths for plain data (None, bool, int, float, str, bytes and containers of
    # them): the same bytes, or None when the input is anything else (then the code below runs)
    from _ember_pickle import dumps as _fast_dumps, loads as _fast_loads
except ImportError:
    _fast_dumps = _fast_loads = None


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    if _fast_dumps is not None and buffer_callback is None:
        if protocol is None:
            fast_protocol = DEFAULT_PROTOCOL
        elif type(protocol) is int:
            fast_protocol = HIGHEST_PROTOCOL if protocol < 0 else protocol
        else:
            fast_protocol = None
        if fast_protocol is not None:
            result = _fast_dumps(obj, fast_protocol)
            if result is not None:
                return result
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.value


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                      errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if _fast_loads is not None and buffers is None:
        result = _fast_loads(data)
        if result is not None:
            return result[0]
    return Unpickler(_BytesInput(data), fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


# CPython's names of the Python implementation (pickletools.optimize uses _Pickler)
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
