# Fields of builtin exceptions are member descriptors of their types (not instance-dict entries),
# and exceptions pickle and copy as CPython's __reduce__/__setstate__ make them.
import copy, pickle

for cls, names in [(OSError, ('errno', 'strerror', 'filename', 'filename2')), (StopIteration, ('value',)),
                   (SystemExit, ('code',)), (NameError, ('name',)), (AttributeError, ('name', 'obj')),
                   (ImportError, ('msg', 'name', 'path', 'name_from')),
                   (SyntaxError, ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line')),
                   (UnicodeDecodeError, ('encoding', 'object', 'start', 'end', 'reason'))]:
    print(cls.__name__, [type(cls.__dict__[n]).__name__ for n in names], repr(cls.__dict__[names[0]]),
          all(n in dir(cls) for n in names))
print(type(OSError.__dict__['characters_written']).__name__, 'characters_written' in dir(BlockingIOError))

e = OSError(2, 'No such file', 'f.txt')
print(e.__dict__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), type(e).__name__)
e = OSError(1, 'x', 'a', None, 'b'); print(e.args, str(e), e.filename2)
e = OSError(5); print(e.args, e.errno, str(e))
e = OSError(5, 'bad', None); print(e.args, e.filename, str(e))
e = OSError('a', 'b', 'c', 'd', 'e', 'f'); print(e.args, e.errno, str(e))
e.errno = 7; e.strerror = 'set later'; print(str(e), e.__dict__)
del e.errno; print(e.errno)
e = OSError(2, 'gone'); e.filename = 'late'; print(str(e))

b = BlockingIOError(11, 'would block', 5)
print(b.characters_written, b.args, b.filename, str(b))
b.characters_written = 9; print(b.characters_written)
del b.characters_written
for action in ('get', 'del'):
    try:
        b.characters_written if action == 'get' else delattr(b, 'characters_written')
    except AttributeError as err:
        print('AttributeError', err)
try:
    b.characters_written = 'x'
except TypeError as err:
    print('TypeError', err)
print(BlockingIOError(11, 'x', 'file').filename, hasattr(BlockingIOError(11, 'x'), 'characters_written'))

s = StopIteration(1, 2); print(s.value, s.__dict__)
s.value = 3; print(s.value, s.args)
print(SystemExit().code, SystemExit(1, 2).code, SystemExit('bye').code)
n = NameError('msg', name='x'); print(n.name, n.__dict__, NameError('m').name)
a = AttributeError('m', name='attr', obj=[1]); print(a.name, a.obj, a.__getstate__())
i = ImportError('boom', name='mod', path='/p'); print(i.msg, i.name, i.path, i.name_from, str(i))
print(ImportError('a', 'b').msg, str(ImportError('a', 'b')))
se = SyntaxError('bad', ('f.py', 3, 4, 'text', 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.print_file_and_line, str(se))
print(SyntaxError('only').lineno, str(SyntaxError('m', ('dir/f.py', 2, 1, 'x'))), SyntaxError('m', ('f', 1, 2, 't')).end_lineno)
try:
    SyntaxError('m', ('f', 1, 2, 't', 1))
except TypeError as err:
    print('TypeError', err)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason, u.__dict__, str(u))
t = UnicodeTranslateError('abc', 1, 2, 'no'); print(t.encoding, str(t))

print(ValueError(1).__reduce__(), OSError(2, 'x', 'f').__reduce__())
print(OSError(2, 'x', 'f', None, 'g').__reduce__(), ImportError('m', name='n').__reduce__())
print(ImportError('m').__reduce__(), AttributeError('m', name='n', obj=1).__reduce__())
tagged = KeyError('k'); tagged.note = 'extra'; print(tagged.__reduce__())

class Custom(Exception):
    def __init__(self, a, b=0):
        super().__init__(a)
        self.b = b

for original in [ValueError('v'), OSError(2, 'No such file', 'f.txt'), OSError(1, 'x', 'a', None, 'b'),
                 BlockingIOError(11, 'block', 4), StopIteration(5), SystemExit(3), NameError('n', name='x'),
                 AttributeError('m', name='attr', obj=object()), ImportError('m', name='mod', path='p'),
                 ModuleNotFoundError("No module named 'q'", name='q'), SyntaxError('bad', ('f.py', 1, 2, 'x', 1, 3)),
                 UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)'), KeyError('k'),
                 Custom(1, b=2), ExceptionGroup('eg', [ValueError(1), TypeError(2)])]:
    for how, clone in (('pickle', pickle.loads(pickle.dumps(original))), ('copy', copy.copy(original))):
        fields = {k: getattr(clone, k, '-') for k in ('errno', 'strerror', 'filename', 'filename2', 'value', 'code',
                                                      'name', 'obj', 'path', 'msg', 'lineno', 'end_offset',
                                                      'characters_written', 'b', 'start', 'reason', 'exceptions')}
        shown = {k: v for k, v in fields.items() if v != '-' and v is not None and k != 'obj'}
        print(how, type(clone).__name__, clone.args, str(clone), shown, 'obj' in fields and fields['obj'] is None)

# UnicodeError.start/end are index-sized int members (Py_T_PYSSIZET)
class Index:
    def __index__(self):
        return 1
u = UnicodeDecodeError('utf-8', b'ab', True, Index(), 'r')
print(repr(u.start), repr(u.end), UnicodeDecodeError.__new__(UnicodeDecodeError).start)
for value in ('x', 2.0, True, 1 << 70, Index()):
    try:
        u.start = value
        print(repr(u.start))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    del u.end
except TypeError as e:
    print('TypeError', e)
for args in (('utf-8', b'ab', 'x', 1, 'r'), ('utf-8', b'ab', 1 << 80, 1, 'r')):
    try:
        UnicodeDecodeError(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
