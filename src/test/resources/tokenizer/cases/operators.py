a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
b = a & b | c ^ ~d << 2 >> 3
c = a < b <= c > d >= e == f != g
(x := 5)
f = lambda: ...
x[1:2, ::3]
def g() -> int: pass
