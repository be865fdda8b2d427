# struct: every format code, byte orders, native alignment, half floats, buffers, errors.
import struct

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

# round trips of every integer code at its limits, in every byte order
for order in '@=<>!':
    for code in 'bBhHiIlLqQ':
        size = struct.calcsize(order + code)
        signed = code.islower()
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        for v in (lo, hi, 0, 1, lo // 3, hi // 7):
            packed = struct.pack(order + code, v)
            assert struct.unpack(order + code, packed) == (v,), (order, code, v)
        print(order, code, size, struct.pack(order + code, hi).hex(), struct.pack(order + code, lo).hex())

for code in 'nNP':
    print(code, struct.calcsize(code), struct.pack(code, 5).hex(), struct.unpack(code, struct.pack(code, 7)))
t(struct.pack, 'P', -1)

# floats: f, d, e
for v in (0.0, -0.0, 1.5, -2.25, 1e-8, 3.4e38, 1e300, float('inf'), float('-inf'), 65504.0, 0.1, 6e-8, 5.960464477539063e-08, 2.9802322387695312e-08):
    for order in '<>':
        parts = []
        for code in 'fd':
            try:
                parts.append(struct.pack(order + code, v).hex())
            except OverflowError as exc:
                parts.append(str(exc))
        try:
            e = struct.pack(order + 'e', v)
            parts.append(e.hex())
            parts.append(repr(struct.unpack(order + 'e', e)[0]))
        except OverflowError as exc:
            parts.append(str(exc))
        print(repr(v), order, parts)
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('>e', b'\x7c\x00'), struct.unpack('>e', b'\xfc\x00'), struct.unpack('<e', b'\x01\x00'))
print(struct.unpack('<e', b'\x00\x7e')[0] != struct.unpack('<e', b'\x00\x7e')[0])
for x in (65519.99, 65520.0, 1e10, 2.0**-25, 2.0**-26, 1 + 2.0**-11, 1 + 3 * 2.0**-11):
    t(struct.pack, '<e', x)
print(struct.pack('<d', 2), struct.pack('<f', True))

# bool, char, strings, pascal strings, padding
print(struct.pack('???', 0, 'x', []), struct.unpack('??', b'\x00\x05'))
print(struct.pack('c3s5s0s', b'a', b'xyzw', b'ab', b'q'), struct.unpack('c3s', b'abcd'))
print(struct.pack('p', b'abc'), struct.pack('4p', b'abcdef'), struct.pack('4p', b'a'), struct.pack('0p', b'a'))
print(struct.unpack('4p', b'\x09abc'), struct.unpack('4p', b'\x01abc'), struct.pack('300p', b'x' * 290)[:3])
print(struct.pack('x2xb3x', 1), struct.pack('bytearray' and '3s', bytearray(b'hi')))
t(struct.pack, 'c', bytearray(b'z'))

# native alignment and sizes
for fmt in ('bi', 'ib', 'bq', 'bh', 'b q h 0l', '@ihq', '=ihq', 'cd', 'ce', 'xP', 'b0i', '3sI', '?d', '5p0q', ''):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('bi', 1, 2).hex(), struct.pack('<bi', 1, 2).hex(), struct.pack('>bi', 1, 2).hex())
print(struct.pack(b'<h', 1), struct.calcsize(b'10s'), struct.pack('< 2h h ', 1, 2, 3), struct.pack('2h', 1, 2))
t(struct.pack, '2 h', 1, 2)
t(struct.pack, ' <h', 1)
print(struct.pack('f', 1e300), struct.pack('=f', -1e300) if False else '')

# Struct objects
s = struct.Struct('<ih2s')
print(s, s.format, s.size, s.pack(1, -2, b'ok'), s.unpack(b'\x01\x00\x00\x00\xfe\xffok'))
print(struct.Struct(b'>H').format, repr(struct.Struct(b'>H')))
print(s.unpack_from(b'xx' + s.pack(3, 4, b'zz'), 2), s.unpack_from(buffer=s.pack(5, 6, b'qq')))
print(list(s.iter_unpack(s.pack(1, 2, b'ab') + s.pack(3, 4, b'cd'))))
it = struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
class MyStruct(struct.Struct):
    pass
m = MyStruct('>i')
print(type(m).__name__, m.pack(7), m.size, isinstance(m, struct.Struct))

# pack_into / unpack_from with buffers and offsets
buf = bytearray(10)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf)
struct.pack_into('>i', buf, -4, 0x01020304)
print(buf)
s.pack_into(buf, 0, 9, 8, b'!!')
print(buf, struct.unpack_from('<ih', buf), struct.unpack_from('>h', buf, -2), struct.unpack_from('b', memoryview(buf), 3))
mv = memoryview(buf)
struct.pack_into('bb', mv, 0, 100, 101)
print(buf[:2], struct.unpack('<3h', mv[:6]))
struct.pack_into('xbx', buf, 5, 7)
print(buf)

# errors
print(struct.error, struct.error.__module__, issubclass(struct.error, Exception))
for fmt in 'bBhHiIlLqQnN':
    for order in '@<':
        if order == '<' and fmt in 'nN':
            continue
        t(struct.pack, order + fmt, 2 ** 70)
        t(struct.pack, order + fmt, -1 - 2 ** 70)
        t(struct.pack, order + fmt, 1.5)
        t(struct.pack, order + fmt, 'x')
t(struct.pack, 'f', 'x')
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 1)
t(struct.pack, 's', 1)
t(struct.pack, 'p', 'x')
t(struct.pack, 'z', 1)
t(struct.pack, '<P', 1)
t(struct.pack, '<n', 1)
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'x', 1)
t(struct.pack)
t(struct.unpack, 'i', b'ab')
t(struct.unpack, 'i', 'ab')
t(struct.unpack, 'i', b'abcde')
t(struct.calcsize, '1000000000000000000000i')
t(struct.calcsize, '99999999999999999i')
t(struct.calcsize, '3')
t(struct.calcsize, '<3 i')
t(struct.calcsize, 5)
t(struct.Struct, 1)
t(struct.unpack_from, 'i', b'abcdef', 4)
t(struct.unpack_from, 'i', b'abcdef', -1)
t(struct.unpack_from, 'i', b'abcdef', -10)
t(struct.unpack_from, 'i', b'abcdef', -6)
t(struct.pack_into, 'i', bytearray(3), 0, 1)
t(struct.pack_into, 'i', bytearray(6), 4, 1)
t(struct.pack_into, 'i', bytearray(6), -10, 1)
t(struct.pack_into, 'i', bytearray(6), -2, 1)
t(struct.pack_into, 'i', b'abcdefg', 0, 1)
t(struct.pack_into, 'i', bytearray(6))
t(struct.pack_into, 'i', bytearray(6), 0)
t(struct.iter_unpack, 'i', b'abc')
t(struct.iter_unpack, '', b'abc')
t(struct.pack, 'q', 2 ** 63)
t(struct.pack, '>e', 65520.0)
t(struct.pack, 'h', 2 ** 64)
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('<iHd', Idx(), Idx(), Flt()), struct.pack('<d', Idx()))
t(struct.pack, '<i', Flt())
print(struct.__all__)
struct._clearcache()
# formats too large for memory still give CPython's messages
t(struct.pack, '1000000000000i')
t(struct.calcsize, '1000000000000i')
t(struct.unpack, '3000000000s', b'')
t(struct.Struct('i').unpack_from, b'abcd', 2 ** 70)
