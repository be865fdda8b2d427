# memoryview: ordering comparisons with bytes are TypeErrors (bytes compares only with bytes),
# bytearray still orders against any buffer; a computed hash survives release(); weakrefs work.
import weakref

m = memoryview(b"abcdef")
for c in (m, b"abcdef"):
    for name, f in (("m < c", lambda: m < c), ("c <= m", lambda: c <= m),
                    ("m >= c", lambda: m >= c), ("c > m", lambda: c > m)):
        try:
            print(name, f())
        except TypeError as e:
            print(name, "TypeError:", e)
print(m == b"abcdef", b"abcdef" == m, b"abcdef" != m, m != b"abcdeg")
print(bytearray(b"abc") < m, m > bytearray(b"abc"), bytearray(b"abd") >= b"abc", b"abc" < bytearray(b"abd"))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"ab" < b"abc")
try:
    b"abc" < "abc"
except TypeError as e:
    print("TypeError:", e)

h = memoryview(b"xyz")
first = hash(h)
h.release()
print(first == hash(b"xyz"), hash(h) == first)
fresh = memoryview(b"xyz")
fresh.release()
try:
    hash(fresh)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError:", e)

calls = []
v = memoryview(b"data")
r = weakref.ref(v, lambda ref: calls.append("called"))
print(r() is v, type(r).__name__)
p = weakref.proxy(v)
print(p.nbytes, p.tobytes())
