# pickle.PickleBuffer and protocol 5's out-of-band buffers (buffer_callback / buffers=),
# in-band writing of read-only and writable buffers, and the errors.
import pickle
from pickle import PickleBuffer


def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


ro = PickleBuffer(b"abc")
rw = PickleBuffer(bytearray(b"xyz"))
print(type(ro).__name__, type(ro).__module__, bytes(ro), bytes(memoryview(rw)))
with ro.raw() as m:
    print(m.format, m.shape, m.readonly, m.tobytes(), m.nbytes)
with rw.raw() as m:
    print(m.readonly, m.tolist())
print(memoryview(rw).readonly, len(memoryview(ro)))
shaped = PickleBuffer(memoryview(bytes(range(6))).cast('B', (2, 3)))
print(memoryview(shaped).shape, shaped.raw().shape, shaped.raw().tobytes())
strided = PickleBuffer(memoryview(b"abcdef")[::2])
attempt("raw non-contiguous", strided.raw)
attempt("pickle non-contiguous", pickle.dumps, strided, protocol=5)
attempt("not a buffer", PickleBuffer, 5)
attempt("no argument", lambda: PickleBuffer())
released = PickleBuffer(b"q")
released.release()
released.release()
attempt("raw released", released.raw)
attempt("memoryview released", memoryview, released)
attempt("pickle itself", pickle.dumps, PickleBuffer(b"a"), protocol=4)
attempt("copy", __import__("copy").copy, PickleBuffer(b"a"))

for proto in (5,):
    data = pickle.dumps([ro, rw], protocol=proto)
    print(data)
    print(pickle.loads(data))
    seen = []
    data = pickle.dumps([ro, rw, ro], protocol=proto, buffer_callback=seen.append)
    print(data, len(seen), [type(b).__name__ for b in seen])
    back = pickle.loads(data, buffers=seen)
    print([type(x).__name__ for x in back], [bytes(x) for x in back], back[0] is back[2])
    print(memoryview(back[0]).readonly, memoryview(back[1]).readonly)
    data = pickle.dumps([ro, rw], protocol=proto, buffer_callback=lambda b: b is ro)
    print(data)
    print([type(x).__name__ for x in pickle.loads(data, buffers=[rw])])
attempt("no buffers", pickle.loads, pickle.dumps(ro, protocol=5, buffer_callback=lambda b: False))
attempt("too few buffers", pickle.loads, pickle.dumps([ro, ro, rw], protocol=5, buffer_callback=lambda b: False), buffers=[b"1"])
attempt("callback with protocol 4", pickle.dumps, 1, protocol=4, buffer_callback=print)
readonly_back = pickle.loads(pickle.dumps(ro, protocol=5, buffer_callback=lambda b: False), buffers=[bytearray(b"mutable")])
print(type(readonly_back).__name__, readonly_back.readonly, readonly_back.tobytes())
print(pickle.loads(pickle.dumps(rw, protocol=5, buffer_callback=lambda b: False), buffers=[b"ro"]))


def rebuild(obj):
    with memoryview(obj) as m:
        return Buffered(m.tobytes())


class Buffered:
    def __init__(self, data):
        self.data = bytearray(data)

    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return rebuild, (PickleBuffer(self.data),)
        return rebuild, (bytes(self.data),)


buffers = []
data = pickle.dumps(Buffered(b"payload"), protocol=5, buffer_callback=buffers.append)
restored = pickle.loads(data, buffers=buffers)
print(type(restored).__name__, restored.data, len(buffers))
print(pickle.loads(pickle.dumps(Buffered(b"inline"), protocol=4)).data)
