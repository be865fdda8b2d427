# array: every typecode, the whole API, slicing, operators, comparisons, reprs, pickling
# support, the buffer protocol and CPython's errors.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
from array import array, typecodes, ArrayType
import array as array_module

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:120])
    except Exception as e:
        print(type(e).__name__, e)

print(typecodes, ArrayType is array, array.__module__, array.__name__)
samples = {'b': [-128, 0, 127], 'B': [0, 1, 255], 'h': [-32768, 5, 32767], 'H': [0, 65535],
           'i': [-2 ** 31, 7, 2 ** 31 - 1], 'I': [0, 2 ** 32 - 1], 'l': [-2 ** 63, 2 ** 63 - 1],
           'L': [0, 2 ** 64 - 1], 'q': [-2 ** 63, 1, 2 ** 63 - 1], 'Q': [2 ** 64 - 1, 3],
           'f': [0.1, -2.5, float('inf')], 'd': [0.1, -2.5, 1e300], 'u': ['a', 'é'], 'w': ['x', '\U0001f600']}
for code, values in samples.items():
    a = array(code, values)
    print(code, a.itemsize, a.typecode, len(a), a, a.tolist(), a.tobytes().hex())
    b = array(code)
    b.frombytes(a.tobytes())
    print(b == a, repr(array(code)), bytes(a) == a.tobytes())
    c = array(code, a.tobytes())
    print(c == a, list(reversed(a)) == a.tolist()[::-1])

# range errors of every integer code
for code in 'bBhHiIlLqQ':
    for v in (2 ** 64, -2 ** 64, 1.0, 'x', 2 ** 31, -2 ** 31 - 1, 256, -1, 65536, 2 ** 32, 128, -129):
        t(array, code, [v])
for code in 'uw':
    t(array, code, ['ab'])
    t(array, code, [1])
    print(array(code, 'é\U0001f600'), array(code, 'abc').tounicode())
t(array, 'f', ['x'])
t(array, 'd', [None])
print(array('f', [1e300]), array('d', [True, 3]), array('f', [0.1])[0])
t(array, 'z')
t(array, 1)
t(array, 'ii')
t(array, 'i', 'abc')
t(array, 'i', b'abc')
print(array('i', b'abcd'), array('h', bytearray(b'\x01\x00\x02\x00')), array('d', (1, 2)), array('b', range(5)))
print(array('i', array('b', [1, 2])), array('d', array('i', [3])))
t(array, 'i', array('u', 'x'))
t(array, typecode='i')
t(array)

# the list-like API
a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.extend(x * 10 for x in range(2))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 42)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.index(3), a.index(0, 2), a.index(5, -3) if 5 in a[-3:] else None, a.count(2), 2 in a, 100 in a, 'x' in a)
a.reverse()
print(a)
b = array('h', [1, 256, -2])
b.byteswap()
print(b, b.tobytes())
b.byteswap()
d = array('d', [1.5, -0.0])
d.byteswap()
print(d.tobytes().hex())
addr, n = a.buffer_info()
print(isinstance(addr, int), n == len(a))
a.fromlist([8, 9])
print(a, a.tolist())
u = array('w', 'ab')
u.fromunicode('cd\U0001f600')
print(u, u.tounicode(), len(u), u[4])
t(a.pop, 50)
t(array('i').pop)
t(a.remove, 1000)
t(a.index, 1000)
t(a.__getitem__, 50)
t(a.__setitem__, 50, 1)
t(a.__delitem__, 50)
t(a.__getitem__, 'x')
t(a.extend, array('b'))
t(a.extend, 5)
t(a.append, 2 ** 40)
t(a.tounicode)
t(a.fromunicode, 'x')
t(u.fromunicode, 1)
t(a.frombytes, b'abc')
t(a.frombytes, 'abc')
t(a.fromlist, (1,))
t(a.fromlist, [1, 'x'])
print(a)
t(array('i', [1]).insert, 'x', 1)
t(a.index, 2, 'x')
t(hash, a)

# slicing
s = array('i', range(10))
print(s[2:5], s[::-1], s[::3], s[-3:], s[5:2], s[1:8:2], type(s[1:3]).__name__)
s[2:4] = array('i', [20, 30, 40])
print(s)
s[::2] = array('i', [0] * 6)
print(s)
s[1:3] = array('i')
print(s)
del s[::3]
print(s)
del s[1]
print(s)
del s[-2:]
print(s)
t(s.__setitem__, slice(0, 1), [1])
t(s.__setitem__, slice(0, 1), array('b'))
t(s.__setitem__, slice(0, 5, 2), array('i', [1]))
s[-1] = 77
s[0] = -5
print(s, s[-1], s[0])
f = array('d', [1.0, 2.0, 3.0])
f[1] = 5
f[0:1] = array('d', [0.5, 0.25])
print(f)

# operators
a = array('i', [1, 2])
b = array('i', [3])
print(a + b, a * 3, 3 * a, a * 0, a * -1)
c = a
c += b
c *= 2
print(c, a is c, a)
t(a.__add__, [1])
t(a.__add__, array('b'))
t(a.__iadd__, [1])
t(a.__iadd__, array('b'))
t(a.__imul__, 'x')
t(a.__mul__, 'x')
t(a.__add__, 1)

# comparisons
x, y = array('i', [1, 2, 3]), array('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y, x == array('i', [1, 2, 3]), x < array('i', [1, 2]))
print(x == array('d', [1.0, 2.0, 3.0]), x == [1, 2, 3], array('u', 'ab') < array('u', 'b'), array('b') == array('B'))
t(x.__lt__, [1])
t(lambda: x < [1])

# iteration
it = iter(array('b', [1, 2, 3]))
print(type(it).__name__, next(it), list(it), list(it))
grow = array('i', [1])
for v in grow:
    if v < 4:
        grow.append(v + 1)
print(grow, sum(array('d', [0.5, 0.25])), sorted(array('i', [3, 1, 2])), list(enumerate(array('u', 'xy'))))

# pickling support and copies
a = array('i', [1, 2, 3])
print(a.__reduce_ex__(2))
r = a.__reduce_ex__(3)
print(r[0].__name__, r[1], r[2])
print(r[0](*r[1]), r[0](array, 'd', 16, array('d', [1.5]).tobytes()))
for code in 'bBhHiIlLqQfdw':
    print(code, array(code).__reduce_ex__(3)[1][2])
print(array_module._array_reconstructor(array, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'))
print(array_module._array_reconstructor(array, 'l', 8, b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(array_module._array_reconstructor(array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'))
t(array_module._array_reconstructor, list, 'i', 8, b'')
t(array_module._array_reconstructor, array, 'z', 8, b'')
t(array_module._array_reconstructor, array, 'i', 99, b'')
t(array_module._array_reconstructor, array, 'i', 8, b'abc')
import copy
a = array('H', [1, 2])
b = copy.copy(a)
c = copy.deepcopy(a)
b[0] = 9
print(a, b, c, a == c)

# subclassing
class Vector(array):
    def norm1(self):
        return sum(abs(v) for v in self)
v = Vector('i', [1, -2, 3])
v.tag = 'hello'
print(v, v.norm1(), type(v[0:2]).__name__, type(v + v).__name__, isinstance(v, array), v.tag)
print(v.__reduce_ex__(2)[0].__name__, v.__reduce_ex__(2)[2])

# buffer protocol
a = array('i', [1, 2])
m = memoryview(a)
print(bytes(m) == a.tobytes(), bytes(a), bytearray(array('B', [65, 66])))
m.release()
b = array('B', [1, 2, 3])
mv = memoryview(b)
t(b.append, 4)
mv.release()
b.append(4)
print(b)
print(array.__class_getitem__(int))
