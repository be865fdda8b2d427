# Special methods of the builtin types that CPython exposes and dir() lists.
import sys
import copy
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2), True.__divmod__(2))
print(divmod(7, -2), divmod(-7.5, 2), divmod(True, 3), divmod(2**70, 7))
for a, b in [("a", 1), (1j, 1), (None, None)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
class Floor:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
    def __rdivmod__(self, o): return ("rdivmod", o)
try:
    divmod(Floor(), Floor())
except TypeError as e:
    print(e)
print(divmod(3, Floor()))
class MyInt(int):
    def __rdivmod__(self, o): return "MyInt.__rdivmod__"
print(divmod(5, MyInt(2)), divmod(MyInt(5), 2))
print('ab'.__getnewargs__(), (5).__getnewargs__(), (2.5).__getnewargs__(), (1, 2).__getnewargs__(), True.__getnewargs__())
class S(str): pass
print(type(S('x').__getnewargs__()[0]).__name__, copy.copy(S('y')))
for v in [1.5, -0.0, 0.0, 1e-320, 5e-324, 2.0**1023, float('inf'), float('-inf'), float('nan'), 0.1, -123.456]:
    print(v.hex(), float.fromhex(v.hex()) == v or v != v)
for text in ['0x1.8p1', ' -0X1P-2 ', 'inf', '-Infinity', 'nan', '1', '.8', '0x.8', '0x1.', 'a.b', '0x1p-1074', '0x1p-1075', '0x1.8p-1074',
             '0x1.0000000000000801p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p1023', '0x1p1024', '0x1.fffffffffffff8p1023',
             '0x1p-99999999999', '0x1p99999999999', '0x0p99999999999', 'zz', '0x', '', '0x1p', '1e5', '0x1.2.3', '+0x1p+1']:
    try:
        print(repr(text), repr(float.fromhex(text)))
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['x', 1]:
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(reversed({'a': 1, 'b': 2, 'c': 3})), type(reversed({})).__name__)
d = {'a': 1, 'b': 2}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
it = reversed(d)
d['c'] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
for r in [range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 5)]:
    print(list(reversed(r)), r.count(4), r.count(4.0), r.count('x'))
print(range(1, 10, 3).index(7), range(10, 0, -2).index(4), range(5).index(True), range(5).index(2.0))
for bad in [10, 'x', 3.5]:
    try:
        range(1, 10, 3).index(bad)
    except ValueError as e:
        print("ValueError", e)
m = b'abc'.__buffer__(0)
print(type(m).__name__, m.tobytes(), bytearray(b'xy').__buffer__(0).tobytes())
ba = bytearray(b'q')
print(ba.__release_buffer__(memoryview(ba)))
try:
    ba.__release_buffer__(memoryview(b'q'))
except ValueError as e:
    print("ValueError", e)
try:
    b''.__buffer__('x')
except TypeError as e:
    print("TypeError", e)
print(type(reversed([1])).__name__, type(reversed(range(2))).__name__, type(reversed((1,))).__name__, type(reversed('ab')).__name__)
class NoRev(list):
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __reversed__(self): return iter("own")
print(reversed(Rev()).__class__.__name__, list(reversed(Rev())))
vals = [0, 1, 2**30, 2**60, -5, True, 1.0, 1j, (), (1, 2), b'', b'ab', '', 'ab', 'éé', '€', '\U0001F600', [], [1, 2], object(), {}, {1: 2}, {i: i for i in range(6)}, {i: i for i in range(11)}, set(), {1, 2}, set(range(5)), set(range(20)), frozenset(), frozenset(range(5)), bytearray(), bytearray(b'ab'), range(3), None]
print([v.__sizeof__() for v in vals])
print([sys.getsizeof(v) for v in vals])
class A: pass
print(A().__sizeof__(), sys.getsizeof(A()))
