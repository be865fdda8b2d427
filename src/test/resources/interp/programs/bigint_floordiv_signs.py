# Big-int floor division and modulo (libperf): the small-quotient path (operands of nearly
# equal size, quotient estimated from the top bits) and the general path, with every sign
# combination, exact and inexact quotients, and operands around 2**63 and 2**64.
import random

rng = random.Random(6)


def show(a, b):
    q, r = a // b, a % b
    assert q * b + r == a, (a, b)
    assert divmod(a, b) == (q, r)
    print(a.bit_length(), b.bit_length(), q, r % 1000003, r == 0)


edges = [2 ** 63 - 1, 2 ** 63, 2 ** 63 + 1, 2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1, 3 ** 41, 10 ** 19]
for a in edges:
    for b in edges:
        for sa in (1, -1):
            for sb in (1, -1):
                show(sa * a, sb * b)

for _ in range(300):
    bits = rng.randrange(64, 3000)
    b = rng.getrandbits(bits) | (1 << (bits - 1))
    kind = rng.randrange(4)
    if kind == 0:
        a = b * rng.randrange(1, 1 << 30)            # exact
    elif kind == 1:
        a = b * rng.randrange(1, 1 << 30) + rng.randrange(1, b)   # inexact
    elif kind == 2:
        a = b * rng.randrange(1, 10) + b - 1         # just below the next multiple
    else:
        a = rng.getrandbits(bits + rng.randrange(-3, 40))
    for sa in (1, -1):
        for sb in (1, -1):
            show(sa * a, sb * b)

# A spigot's digits, as pidigits computes them.
q, r, t, k = 1, 0, 1, 1
digits = []
while len(digits) < 300:
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    k += 1
    digit = (3 * q + r) // t
    if digit == (4 * q + r) // t:
        digits.append(digit)
        q, r = 10 * q, 10 * (r - digit * t)
print("".join(map(str, digits)))


class MyInt(int):
    pass


class Floor(int):
    def __floordiv__(self, other):
        return "Floor.__floordiv__"

    def __rfloordiv__(self, other):
        return "Floor.__rfloordiv__"


x, y = 7 ** 80, 7 ** 79 + 5
print(MyInt(x) // y, x // MyInt(y), type(MyInt(x) // MyInt(y)).__name__, MyInt(-x) // y)
print(Floor(x) // y, x // Floor(y))
print(True // 1, (2 ** 100) // True)
for a, b in ((x, 0), (-x, 0)):
    try:
        a // b
    except ZeroDivisionError:
        print("ZeroDivisionError")   # the message differs between 3.13 and 3.14
