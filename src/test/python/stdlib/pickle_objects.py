# pickle: classes, functions, reductions, memo, Pickler/Unpickler, errors
import pickle
import copyreg
import io
import re
import copy


def clean(text):
    return re.sub(r'0x[0-9a-f]+', '0x...', str(text))


def show(label, thunk):
    try:
        print(label, '->', clean(repr(thunk())))
    except Exception as e:
        print(label, '!!', type(e).__name__, clean(e))


class Plain:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __repr__(self):
        return f'Plain({self.__dict__})'


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'drop me'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class WithNewArgs(int):
    def __new__(cls, value, label):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


class WithNewArgsEx:
    def __new__(cls, *, key):
        self = object.__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return (), {'key': self.key}


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (ReduceEx, (), {'proto': proto})


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


def function():
    pass


for proto in range(6):
    print('protocol', proto)
    for value in [Plain(1), Plain([1, 2]), WithState(), MyList([1, 2]), MyDict(a=1), Outer.Inner, Outer,
                  function, len, Plain, [].append, type(None), type(NotImplemented), int, str, range, NotImplemented,
                  ..., Reduced(1, 'b'), ReduceEx(), WithNewArgs(5, 'five'), WithNewArgsEx(key=3), ValueError('bad', 2),
                  KeyError('k'), range(1, 10, 2), slice(1, None, 3), complex(1, 2), copyreg._reconstructor]:
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        shown = {'WithState': lambda b: (b.a, b.cache), 'WithNewArgs': lambda b: (int(b), b.label),
                 'WithNewArgsEx': lambda b: b.key, 'Reduced': lambda b: (b.a, b.b), 'ReduceEx': lambda b: b.__dict__,
                 'ValueError': lambda b: b.args, 'KeyError': lambda b: b.args}.get(type(value).__name__, lambda b: b)
        # (CPython's interned 'key' strings share a memo entry: Ember does not intern them yet)
        shown_data = ascii(data)[:160] if not isinstance(value, WithNewArgsEx) else len(data) > 0
        print(' ', type(value).__name__, shown_data, clean(repr(shown(back))), type(back) is type(value))
    s = Slotted()
    s.b = 'bee'
    if proto >= 2:
        back = pickle.loads(pickle.dumps(s, proto))
        print('  slots', back.a, back.b, ascii(pickle.dumps(s, proto)))
    else:
        show('  slots', lambda: pickle.dumps(s, proto))
    m = MyList([1])
    m.attr = 'x'
    back = pickle.loads(pickle.dumps(m, proto))
    print('  list subclass with attr', back, back.attr)

# shared and recursive instances
p = Plain(None)
p.x = p
back = pickle.loads(pickle.dumps([p, p], 2))
print(back[0] is back[1], back[0].x is back[0])

# Pickler / Unpickler over files
buffer = io.BytesIO()
pickler = pickle.Pickler(buffer, 2)
pickler.dump([1, 2])
pickler.dump('second')
pickler.clear_memo()
pickler.dump('third')
print(ascii(buffer.getvalue()))
buffer.seek(0)
unpickler = pickle.Unpickler(buffer)
print(unpickler.load(), unpickler.load(), unpickler.load())
buffer = io.BytesIO()
pickle.dump({'x': 1}, buffer, protocol=4)
buffer.seek(0)
print(pickle.load(buffer))


# persistent ids
class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Plain):
            return ('plain', obj.x)
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return f'loaded {pid}'


for proto in (0, 2):
    buffer = io.BytesIO()
    PersistentPickler(buffer, proto).dump([Plain('a'), 1]) if proto else None
    if proto:
        print(ascii(buffer.getvalue()))
        buffer.seek(0)
        print(PersistentUnpickler(buffer).load())


class StrPersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID' if obj == 'secret' else None


buffer = io.BytesIO()
StrPersistentPickler(buffer, 0).dump(['secret', 'open'])
print(ascii(buffer.getvalue()))
buffer.seek(0)
print(PersistentUnpickler(buffer).load())
show('no persistent_load', lambda: pickle.loads(buffer.getvalue()))


# dispatch_table and reducer_override
class TablePickler(pickle.Pickler):
    dispatch_table = {Plain: lambda obj: (str, ('from table',))}


buffer = io.BytesIO()
TablePickler(buffer, 2).dump([Plain(1)])
print(pickle.loads(buffer.getvalue()))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is function:
            return (str, ('overridden',))
        return NotImplemented


buffer = io.BytesIO()
OverridePickler(buffer, 3).dump([function, 1, Plain(2)])
print(pickle.loads(buffer.getvalue()))

# copyreg registrations
copyreg.pickle(Slotted, lambda obj: (Slotted, ()))
print(ascii(pickle.dumps(Slotted(), 1)))
copyreg.add_extension('__main__', 'Plain', 240)
print(ascii(pickle.dumps(Plain, 2)), ascii(pickle.dumps(Plain, 1)), pickle.loads(pickle.dumps(Plain, 2)) is Plain)
copyreg.remove_extension('__main__', 'Plain', 240)

# Python 2 compatible names
print(ascii(pickle.dumps([str, int, range, ValueError, copyreg._reconstructor, Exception], 2)))
print(ascii(pickle.dumps([str, int, range, ValueError], 2, fix_imports=False)))
print(pickle.loads(b'c__builtin__\nunicode\n.'), pickle.loads(b'cexceptions\nStandardError\n.'),
      pickle.loads(b'ccopy_reg\n_reconstructor\n.') is copyreg._reconstructor)
print(pickle.loads(b"(S'abc'\nS\"d\\x41\\n\\101\"\nU\x02hiT\x03\x00\x00\x00byet."),
      pickle.loads(b"U\x02hi.", encoding='bytes'), pickle.loads(b"U\x02\xe9t.", encoding='latin1'))
print(pickle.loads(b'(i__main__\nPlain\n(dS\'x\'\nI5\nsb.'), pickle.loads(b'(c__main__\nReduced\nI1\nI2\no.').b)
print(pickle.loads(b'(I1\nI2\nl2\x2e'[:-2] + b'p0\n0g0\n.'), pickle.loads(b'(L5L\nF2.5\nI01\nI00\nt.'))

# copy goes through __reduce_ex__ too
print(copy.copy(Plain(3)), copy.deepcopy(WithState()).cache, copy.deepcopy(Reduced([1], 2)).a)

# errors
show('lambda', lambda: pickle.dumps(lambda: 1))


def make_local():
    def local():
        pass
    return local


show('local', lambda: pickle.dumps(make_local()))
show('generator', lambda: pickle.dumps(x for x in []))
show('protocol 6', lambda: pickle.dumps(1, 6))
for data in [b'', b'\x80', b'\x80\x09N.', b'\xffN.', b'N', b'cnosuchmod\nx\n.', b'X\x05\x00\x00\x00ab', b'a.', b'0.',
             b'g5\n.', b'h\x05.', b'(.', b'\x97.', b'I1x\n.', b'Sabc\n.', b'N.extra', b'}(K\x01u.', b'\x88\x89\x85.',
             b'(K\x01\x85.', b'K\x01K\x02s.']:
    show(ascii(data), lambda: pickle.loads(data))
show('str data', lambda: pickle.loads('N.'))


class BadReduce:
    def __init__(self, result):
        self.result = result

    def __reduce__(self):
        return self.result


for result in [(), (1, 2, 3, 4, 5, 6, 7), (1, ()), (Plain, 'x')]:
    show(f'reduce {result!r}', lambda: pickle.dumps(BadReduce(result), 2))
show('not the same object', lambda: pickle.dumps(type('Plain', (), {'__module__': '__main__'}), 2))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
