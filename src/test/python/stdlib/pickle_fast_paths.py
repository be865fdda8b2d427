# pickle.dumps/loads of plain data (Ember's Java fast paths) give CPython's exact bytes for
# protocols 2-5 (memo, framing, batching, big ints, large payloads) and round-trip; inputs the
# fast paths leave to pickle.py (surrogates, bytes under protocol 2, objects) still work.
import pickle, hashlib, math

shared = ['shared']
loop = [1, 2]
loop.append(loop)
tup_loop = []
tup = (tup_loop, 1)
tup_loop.append(tup)
values = {
    'atoms': [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31,
              -2**31 - 1, 2**63, -2**63, 2**64 - 1, 10**100, -10**100, 255 << 2040, -(1 << 2047)],
    'floats': [0.0, -0.0, 1.5, 1e308, float('inf'), -float('inf'), 5e-324],
    'strings': ['', 'a', 'é', '\u2603', '\U0001f600', 'x' * 255, 'x' * 256, 'y' * 70000],
    'bytes': [b'', b'\x00\xff', b'z' * 300, b'w' * 70000],
    'tuples': [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (shared, shared)],
    'containers': [[], [1], list(range(2500)), {}, {'a': 1}, {i: str(i) for i in range(1200)},
                   set(), {1, 2, 3}, set(range(1500)), frozenset(), frozenset({4, 5}), [shared, [shared]]],
    'recursive': [loop, tup],
    'many_memo': [str(i) for i in range(300)],
    'records': [{'id': i, 'name': 'item%d' % i, 'score': i * 1.5, 'tags': ['a', 'b']} for i in range(3000)],
}
for name, value in values.items():
    for protocol in (2, 3, 4, 5, -1):
        try:
            blob = pickle.dumps(value, protocol)
        except Exception as e:
            print(name, protocol, type(e).__name__, e)
            continue
        back = pickle.loads(blob)
        same = repr(back) == repr(value) if name not in ('recursive', 'floats') else None
        print(name, protocol, len(blob), hashlib.sha256(blob).hexdigest()[:16], same)
print(repr(pickle.loads(pickle.dumps(values['floats']))))
print(math.isnan(pickle.loads(pickle.dumps(float('nan')))))
back = pickle.loads(pickle.dumps(values['recursive'], 4))
print(back[0][2] is back[0], back[1][0][0] is back[1])
back = pickle.loads(pickle.dumps([shared, shared]))
print(back[0] is back[1])
# left to pickle.py: lone surrogates, bytes under protocol 2, objects, protocol 0/1
for value in ['\ud800x', b'abc', [1, complex(1, 2)]]:
    for protocol in (0, 1, 2, 5):
        blob = pickle.dumps(value, protocol)
        print(protocol, blob, type(pickle.loads(blob)).__name__)
nested = []
for _ in range(5000):
    nested = [nested]
try:
    pickle.dumps(nested)
except RecursionError as e:
    print('RecursionError')
for bad in [b'', b'\x80\x05', b'\x80\x05]\x94(K\x01', b'\x80\x05K\x01K\x02s.', b'\x80\x06N.', b'\x80\x05h\x07.']:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(bytearray(pickle.dumps([1, 'a']))), pickle.loads(memoryview(pickle.dumps({1: 2}))))
