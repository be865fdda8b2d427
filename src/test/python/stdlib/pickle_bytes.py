# pickle: the byte stream of every protocol equals CPython's for the builtin types
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**63, -2**63, 10**30, -10**30, 2**2100, -(2**2100), 0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, 2.2250738585072014e-308,
    float('inf'), float('-inf'), 0.1, 1/3,
    '', 'a', 'hello world', 'caf\xe9', '\u20ac\U0001f600', 'back\\slash\nnew\rline\x00nul\x1a', 'x' * 300,
    b'', b'a', b'\x00\xff' * 10, b'y' * 300, bytearray(), bytearray(b'ba'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2, 3], list(range(10)),
    {}, {1: 2}, {'a': 1, 'b': [2, 3]}, set(), {1}, {1, 2, 3}, frozenset(), frozenset({4}), frozenset({1, 2}),
    [[], []], {'k': ('t', 'u')}, ['same', 'same'], [(1, 2), (1, 2)],
]
shared = [1, 2]
values.append([shared, shared, (shared,)])
s = 'shared string'
values.append((s, s, [s]))
t = (1, 2)
values.append([t, t, {t: t}])
recursive = []
recursive.append(recursive)
values.append(recursive)
d = {}
d['self'] = d
values.append(d)
rt = ([],)
rt[0].append(rt)
values.append(rt)
big_tuple = ([],) + tuple(range(5))
big_tuple[0].append(big_tuple)
values.append(big_tuple)

for value in values:
    for proto in range(6):
        data = pickle.dumps(value, proto)
        print(proto, ascii(data)[:200])
        back = pickle.loads(data)
        if value is recursive:
            assert back[0] is back
        elif value is d:
            assert back['self'] is back
        elif value is rt or value is big_tuple:
            assert back[0][0] is back
        elif value != value:
            pass
        else:
            assert back == value and type(back) is type(value), (proto, value, back)
print(ascii(pickle.dumps(float('nan'), 2)), ascii(pickle.dumps(float('nan'), 0)))

# batching: 1000 items per APPENDS/SETITEMS/ADDITEMS
for proto in (0, 2, 4):
    for value in (list(range(2001)), {i: i for i in range(1001)}, set(range(1001)), frozenset(range(1001)), tuple(range(1001))):
        data = pickle.dumps(value, proto)
        print(proto, type(value).__name__, len(data), data.count(b'e'), data.count(b'u'), data.count(b'\x90'), hash(data) == hash(pickle.dumps(value, proto)))
        assert pickle.loads(data) == value

# framing: frames of 64 KiB, big payloads outside frames
for value in ([b'x' * 70000, 1], ['y' * 70000, 'z'], [bytearray(b'w' * 70000)], [bytes([i]) * 1000 for i in range(70)]):
    for proto in (4, 5):
        data = pickle.dumps(value, proto)
        print(proto, len(data), ascii(data[:40]), ascii(data[-40:]), data.count(b'\x95'))
        assert pickle.loads(data) == value

print(pickle.HIGHEST_PROTOCOL, pickle.compatible_formats[:-1])
print(ascii(pickle.dumps(None, -1)))
