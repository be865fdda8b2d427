# marshal: CPython's format for plain data (versions 0-4 here; 5 in marshal_py314.py), references,
# errors, dump/load on files, and code objects (Ember's own payload, loaded back by Ember only).
# Recorded with CPython 3.13.
import marshal
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
values = [None, True, False, ..., StopIteration, 0, 1, -1, 1000, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -(2**100), 10**50,
          0.0, -0.0, 1.5, 0.1, 1e300, 5e-324, float("inf"), float("-inf"), 1j, 2 - 3.5j,
          "", "a", "abc_1", "a b", "é", "snow \u2603", "\U0001f600", "x" * 300, "y z" * 100, "\ud800",
          b"", b"ab", bytes(range(256)), (), (1,), (1, "a", (2.5, None)), tuple(range(300)), [], [1, [2, [3]]],
          {}, {"a": 1, "b": [2, 3]}, {1: {2: 3}}, set(), {1, 2, 3}, frozenset(), frozenset({"b", "a", "zz"}),
          {1000000, 2, 300}, frozenset({(1, "x"), (1, "a")})]
for v in values:
    data = marshal.dumps(v, 4)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    shown = sorted(v, key=repr) if isinstance(v, (set, frozenset)) else v   # str hashes vary per process
    print(ascii(shown)[:40], type(back).__name__, same, ascii(marshal.dumps(v, 2))[:80])
x = "hello" * 3
print(marshal.dumps(1, 4), marshal.dumps(1000, 4), marshal.dumps(x, 4), marshal.dumps((1, "a"), 4), marshal.dumps(1.5, 4))
print(marshal.dumps(None, 4), marshal.dumps(b"ab", 4), marshal.dumps("\xe9", 4), marshal.dumps(1j, 4), marshal.dumps("", 4))
s = "shared" * 2
# CPython flags objects by reference count (more than one reference: flagged); Ember flags every
# object, so a temporary's bytes differ (the tuple here): only the sharing is compared.
first, second = marshal.loads(marshal.dumps((s, s)))
print(first is second)
for version in range(5):
    print(version, marshal.dumps((1, 2.5, "a", "\xe9", 3j, 2**40), version))
    print(version, marshal.loads(marshal.dumps((1, 2.5, "a", "\xe9", 3j, 2**40, [1], {2: 3}), version)))
print(marshal.dumps(0.1, 1), marshal.dumps(1e300, 1), marshal.dumps(-1.5e-7, 1), marshal.dumps(123456789.0, 1), marshal.dumps(1e16, 1), marshal.dumps(1e17, 1))
# CPython-made data, references included
l = marshal.loads(b'\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00')
print(l[0], l[1] is l)
pair = marshal.loads(b'[\x02\x00\x00\x00\xda\x0csharedsharedr\x00\x00\x00\x00')
print(pair, pair[0] is pair[1])
print(marshal.loads(b'\xe9\x01\x00\x00\x00extra'))
d = marshal.loads(b'\xfb\xda\x01k\xfb\xda\x01kr\x01\x00\x00\x000r\x00\x00\x00\x000')
print(d["k"]["k"] is d)
for bad in [b"", b"i\x01", b"?", b"r\x05\x00\x00\x00", b"(\x02\x00\x00\x00N", b"l\x01\x00\x00\x00\x00\x80",
            b"u\x01\x00\x00\x00\xff", b"[\xff\xff\xff\xff", b"l\x01\x00\x00\x00\x00\x00", b"0", b"{N", b"z\x05ab"]:
    attempt(ascii(bad), lambda: marshal.loads(bad))
class I(int):
    pass
for bad in [I(1), object(), [object()], {1: print}]:
    attempt("dumps " + type(bad).__name__, lambda: marshal.dumps(bad))
attempt("bytearray", lambda: marshal.dumps(bytearray(b"ab")))
attempt("memoryview", lambda: marshal.dumps(memoryview(b"cd")))
attempt("loads str", lambda: marshal.loads("x"))
attempt("loads memoryview", lambda: marshal.loads(memoryview(b"N")))
attempt("dumps version str", lambda: marshal.dumps(1, "2"))
deep = []
for _ in range(3000):
    deep = [deep]
attempt("deep", lambda: marshal.dumps(deep))
import io
f = io.BytesIO()
marshal.dump({"a": (1, 2)}, f, 4)
marshal.dump([3.5], f, 2)
f.seek(0)
print(marshal.load(f), marshal.load(f))
attempt("load eof", lambda: marshal.load(f))
code = compile("x = 6 * 7\nprint('from code', x)", "<marshal>", "exec")
data = marshal.dumps(code)
exec(marshal.loads(data))
attempt("code disallowed", lambda: marshal.dumps(code, allow_code=False))
attempt("load code disallowed", lambda: marshal.loads(data, allow_code=False))
import io
for bad in [b"l\xff\xff\xff\x7f", b"l\x01\x00\x00\x80", b"(\xff\xff\xff\x7f", b"[\xff\xff\xff\x7fN", b"<\xff\xff\xff\x7f", b"s\xff\xff\xff\x7f", b"{" * 3000, b"(" + b"\x01\x00\x00\x00" * 1, b")\x05NN"]:
    for load in (marshal.loads, lambda d: marshal.load(io.BytesIO(d))):
        try: print(ascii(load(bad))[:30])
        except Exception as e: print(type(e).__name__, e)
