# every builtin exception: MRO, module, construction, repr/str/args; attributes of OSError, SyntaxError, groups, chaining, notes
import builtins
excs = sorted((v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)), key=lambda t: t.__name__)
for t in excs:
    print(t.__name__, [b.__name__ for b in t.__mro__[1:]], t.__module__)
for t in excs:
    try:
        if issubclass(t, BaseExceptionGroup):
            e = t('m', [ValueError(1)])
        elif t is UnicodeDecodeError:
            e = t('utf-8', b'\xff', 0, 1, 'bad')
        elif t is UnicodeEncodeError:
            e = t('ascii', '\xff', 0, 1, 'bad')
        elif t is UnicodeTranslateError:
            e = t('\xff', 0, 1, 'bad')
        else:
            e = t('a', 'b')
        print(t.__name__, repr(e), str(e), e.args)
    except Exception as x:
        print(t.__name__, 'ctor', type(x).__name__, x)
e = OSError(2, 'No such file', 'f.txt')
print(e.errno, e.strerror, e.filename, e.filename2, str(e), type(e).__name__, e.args)
print(type(OSError(13, 'x')).__name__, OSError(1, 2, 3, 4, 5).filename2)
e = SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyError('k'), KeyError())
e = ValueError('x'); e.add_note('n1'); e.add_note('n2'); print(e.__notes__)
try: e.add_note(1)
except TypeError as x: print(x)
print(BaseException().args, BaseException(1).args, repr(BaseException()), str(BaseException(1, 2)))
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(lambda e: False)))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x', [KeyboardInterrupt()])]:
    try: bad()
    except Exception as x: print(type(x).__name__, x)
try:
    try: 1/0
    except ZeroDivisionError as z: raise ValueError('v') from z
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('v') from None
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
e = ValueError()
try: e.__cause__ = 5
except TypeError as x: print(x)
print(e.with_traceback(None) is e, e.__traceback__)
e.__dict__['zz'] = 1; print(e.zz, e.__dict__)
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad').__str__())
print(NameError('n', name='x').name, AttributeError('a').obj, ImportError('i', name='m', path='p').path)
print(BaseException.__new__(ValueError).args, ValueError.__init__)
print(issubclass(EncodingWarning, Warning), PythonFinalizationError.__mro__[1].__name__)
for t in (ValueError, KeyError, FileNotFoundError, NameError):
    print(t.__name__, "__init__" in t.__dict__, t.__init__)
try:
    SyntaxError("m", (1, 2, 3, 4, 5, 6, 7))
except TypeError as x:
    print(x)
try:
    SyntaxError("m", 5)
except TypeError as x:
    print(x)
