# bytes/complex odds and ends: dunder calls, subclasses, int()/float() of bytes-likes. Recorded with CPython 3.13.
print(b'ab'.__len__(), b'%s' % b'x', bytes.__mod__(b'%d', 5), b'ab'.__contains__(97))
ba = bytearray(b'x'); ba += b'y'; print(ba, bytearray.__name__, type(iter(b'')).__name__, type(iter(bytearray())).__name__)
class MB(bytes):
    def extra(self): return len(self)
m = MB(b'abc'); print(m.extra(), m.upper(), type(m.upper()).__name__, m[0], m == b'abc', hash(m) == hash(b'abc'), isinstance(m, bytes))
print(sorted([b'b', b'a', b'\xff']), max(bytearray(b'az')), sum(b'\x01\x02'), list(reversed(b'abc')))
print({b'a': 1}[b'a'], b'a' in {b'a'}, bytes(5) == b'\x00' * 5, bytes([1,2]) + bytearray(b'c'), bytearray(b'c') + b'd')
print(3 + 1j, 1j ** 2, 2 ** 1j == complex(2) ** 1j, abs(-3+4j), divmod(7, 2))
print(1j.__eq__(1j), (1+0j) == 1, 1 == (1+0j), 1.5 == complex(1.5, 0), hash(1.5) == hash(complex(1.5, 0)))
print(memoryview(b'abc').tobytes(), str(memoryview(b'ab'))[:8], bytes(memoryview(bytearray(b'q'))))
print('%s' % b'x', '%r' % b'x', f'{b"x"}', format(b'x', ''), str(b'x'), repr(bytearray(b'"\'')))
try: format(b'x', 's')
except TypeError as e: print(e)
print(int(b'12' if False else '12'), float(b'1.5'.decode()), int.from_bytes(b'\x00\x10', 'big'))
try: int(b'12')
except Exception as e: print(type(e).__name__, e)
try: float(b'1.5')
except Exception as e: print(type(e).__name__, e)
for f in [lambda: int(b' 12 '), lambda: int(bytearray(b'-7')), lambda: int(b'ff', 16), lambda: int(b'0x10', 0), lambda: int(b'x'),
          lambda: int(b'\xd9\xa1'), lambda: int(memoryview(b'5')), lambda: float(b' 2.5 '), lambda: float(bytearray(b'inf')),
          lambda: float(b'x1'), lambda: float(memoryview(b'3')), lambda: int(b'1_000'), lambda: int(b'12', 1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
