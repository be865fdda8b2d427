# Fast paths of the interpreter (session 5, interpspeed): tuple/list comparison of exact int,
# float and str items, sort keys that are tuples, int %, //, &, |, ^, <<, >> on 64-bit ints,
# generators resumed by for loops and send(). Each must give the general protocol's answers.
nan = float("nan")
big = 2 ** 70
pairs = [
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1,)), ((), ()), ((0.0,), (-0.0,)),
    ((nan,), (nan,)), ((1, nan), (1, nan)), ((nan, 1), (nan, 2)), ((1.5, "a"), (1.5, "b")),
    (("a", 1), ("a", 1.0)), ((1, "x"), (1.0, "x")), ((big, 1), (big + 1, 0)), ((big,), (big,)),
    (("\U0001F600",), ("\uffff",)), (("ab", 2), ("ab", 2)), ((True, 1), (1, 2)), ((1, True), (1, 1)),
]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b, list(a) < list(b), list(a) == list(b))
same_nan = (nan,)
print(same_nan == same_nan, [nan] == [nan], (nan,) == (nan,))


class Loud(int):
    def __lt__(self, other):
        print("Loud.__lt__", int(self), other)
        return int(self) < other

    def __eq__(self, other):
        print("Loud.__eq__", int(self), other)
        return int(self) == other

    __hash__ = int.__hash__


print((Loud(1), 2) < (Loud(1), 3))
print((1, Loud(5)) < (1, 4))
try:
    print((1, 2) < (1, "x"))
except TypeError as e:
    print("TypeError:", e)

records = [(i % 7, -i % 5, str(i % 3), i * 0.5) for i in range(40)]
print(sorted(records)[:6])
print(sorted(records, key=lambda r: (r[2], r[1]), reverse=True)[:6])
print(sorted([(1, nan), (1, 2.0), (0, 0.5)]))
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError:", e)

values = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, big, -big]
divisors = [1, -1, 3, -3, 64, 2 ** 40]
for x in values:
    print(x, [(x % d, x // d) for d in divisors], x & 0xFF, x | 5, x ^ -1)
    print([x >> s for s in (0, 1, 63, 64, 200)], [x << s for s in (0, 1, 61, 62, 63, 100)])
for x, d in ((5, 0), (big, 0)):
    for op in ("%", "//"):
        try:
            eval(f"x {op} d")
        except ZeroDivisionError:
            print("ZeroDivisionError", x, op)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
acc = 0
for i in range(2000):
    acc = (acc * 31 + i) % 1000003
    acc ^= i << 3
    acc //= 1 if i % 3 else 2
print(acc, -7 % 3, 7 % -3, -7 // 2, -(2 ** 63) // -1, (-(2 ** 63)) % -1)


def numbers(n):
    for i in range(n):
        yield i


def doubled(source):
    for x in source:
        yield x * 2


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


print(sum(doubled(numbers(100))), list(doubled(numbers(5))))
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
gen = doubled(numbers(3))
print(next(gen), list(gen), list(gen))

# float and int mixed arithmetic (BINARY_OP_EXTEND): int converted to float first
mixed = [0, -0.0, 1, -3, 2.5, -1e308, 1e308, 2 ** 53, 2 ** 53 + 1, 2 ** 62, -(2 ** 63), float("inf"), nan, 7]
for x in mixed:
    row = []
    for y in mixed:
        row.append((x + y, x - y, x * y))
        try:
            row.append(x / y)
        except ZeroDivisionError:
            row.append("ZeroDivisionError")
    print(x, row)
print(2 ** 60 / 3, (2 ** 53 + 1) / 1, 10 / 4, -7 / 2, 1 / 3, 2 ** 63 // 3 / 7, 0 * -1.0, -0.0 + 0)
total = 0.0
for i in range(1, 3000):
    total += 1.0 / ((i + 1) * i // 2 + i + 1) + i / 7 - 0.5 * i
print(total)
