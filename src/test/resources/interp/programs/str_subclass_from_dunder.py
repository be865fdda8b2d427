# repr(), str(), ascii(), format() and object.__format__/__str__ return what __repr__/__str__/
# __format__ returned when it is an instance of a str subclass (PyObject_Repr/Str/Format do not
# convert); str of a str subclass instance itself is a plain str.
class S(str):
    pass

class A:
    def __repr__(self): return S('rep')
    def __str__(self): return S('st')

class D:
    def __format__(self, spec): return S('fmt' + spec)

class NonAscii:
    def __repr__(self): return S('r\xe9p')

a = A(); s = S('x')
cases = {
    'repr(a)': lambda: repr(a), 'str(a)': lambda: str(a), 'ascii(a)': lambda: ascii(a),
    'format(a)': lambda: format(a), "format(a, '')": lambda: format(a, ''),
    'format(D())': lambda: format(D()), "format(D(), 'x')": lambda: format(D(), 'x'),
    "f'{a!r}'": lambda: f'{a!r}', "f'{s}'": lambda: f'{s}', "f'{s!r}'": lambda: f'{s!r}',
    "'%s' % (a,)": lambda: '%s' % (a,), "'x%s' % a": lambda: 'x%s' % a,
    'str(s)': lambda: str(s), 'repr(s)': lambda: repr(s), 'format(s)': lambda: format(s),
    'object.__str__(a)': lambda: object.__str__(a), "object.__format__(a, '')": lambda: object.__format__(a, ''),
    'str.__str__(s)': lambda: str.__str__(s), "s.__format__('')": lambda: s.__format__(''),
    'ascii(NonAscii())': lambda: ascii(NonAscii()), 'repr(NonAscii())': lambda: repr(NonAscii()),
    'S(a)': lambda: S(a), '[a]': lambda: repr([a]),
}
for text, make in cases.items():
    result = make()
    print(text, type(result).__name__, result)

class Bad:
    def __str__(self): return 5
    def __repr__(self): return b'x'
for f in (str, repr, ascii, format):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, e)
