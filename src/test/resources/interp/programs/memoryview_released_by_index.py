# A memoryview released while converting an index or a value (an __index__, __float__ or
# __bool__ that calls release()) refuses the access with ValueError, as CPython (gh-92888).
def attempt(label, action):
    try:
        result = action()
        print(label, "->", result)
    except ValueError as e:
        print(label, "ValueError:", e)


def releasing(view_holder, kind, value):
    class Releaser:
        def _release(self):
            view_holder[0].release()
            return value
    setattr(Releaser, kind, lambda self: self._release())
    return Releaser()


def fresh(fmt="B", shape=None):
    m = memoryview(bytearray(b"\xff" * 16)).cast(fmt) if fmt != "B" else memoryview(bytearray(b"\xff" * 16))
    if shape:
        m = m.cast("B", shape)
    return [m]


h = fresh()
attempt("m[i]", lambda: h[0][releasing(h, "__index__", 2)])
h = fresh()
attempt("list(m[:i])", lambda: list(h[0][:releasing(h, "__index__", 3)]))
h = fresh(shape=(4, 4))
attempt("m[i, 0]", lambda: h[0][releasing(h, "__index__", 1), 0])
h = fresh()
attempt("m[i] = 42", lambda: h[0].__setitem__(releasing(h, "__index__", 1), 42))
h = fresh()
attempt("m[:i] = b'ab'", lambda: h[0].__setitem__(slice(None, releasing(h, "__index__", 2)), b"ab"))
h = fresh(shape=(4, 4))
attempt("m[0, i] = 1", lambda: h[0].__setitem__((0, releasing(h, "__index__", 1)), 1))
h = fresh()
attempt("m[0] = index", lambda: h[0].__setitem__(0, releasing(h, "__index__", 7)))
for fmt in "hiq":
    h = fresh(fmt)
    attempt(f"{fmt}: m[0] = index", lambda: h[0].__setitem__(0, releasing(h, "__index__", 7)))
h = fresh("d")
attempt("d: m[0] = float", lambda: h[0].__setitem__(0, releasing(h, "__float__", 1.5)))
h = fresh("?")
attempt("?: m[0] = bool", lambda: h[0].__setitem__(0, releasing(h, "__bool__", True)))
m = memoryview(bytearray(b"abc"))
m[1] = 0x7a
print(bytes(m), m[1], m[-1])


class Seven:
    def __index__(self):
        return 7


for fmt in "Bb":
    v = memoryview(bytearray(2)).cast(fmt)
    v[0] = Seven()
    print(fmt, v.tolist())
    for bad in (1.5, "x", 300, -200):
        try:
            v[1] = bad
        except (TypeError, ValueError) as e:
            print(fmt, type(e).__name__, e)
for fmt in "hIq":
    v = memoryview(bytearray(16)).cast(fmt)
    v[0] = Seven()
    print(fmt, v[0])
