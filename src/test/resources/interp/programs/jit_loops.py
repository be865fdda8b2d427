# Tier 2 (docs/jit.md): loops whose bodies run inline on values held in JVM locals, observed
# from inside: f_locals and f_lineno mid-loop, an operand changing type mid-loop (the inline
# form's guard fails, the slow path raises with the loop's line number), break/continue/else
# around fused compare-and-branch, nested loops over lists and ranges. Warm before the checks.
import sys


def snapshot():
    f = sys._getframe(1)
    return f.f_lineno, sorted((k, v) for k, v in f.f_locals.items() if k != "items")


def accumulate(items, watch):
    total = 0
    scale = 1.5
    seen = []
    for i, x in enumerate(items):
        total = total + x * 2 - 1
        scale = scale * 0.5 + 1.0
        if i == watch:
            seen.append(snapshot())
    return total, scale, seen


def search(rows, limit):
    found = 0
    for row in rows:
        for j in range(len(row)):
            v = row[j]
            if v < 0:
                continue
            if v > limit:
                break
            found = found + v
        else:
            found = found + 1000
    return found


def countdown(n):
    steps = 0
    while n > 0:
        if n % 2 == 0:
            n = n // 2
        else:
            n = n * 3 + 1 if n != 1 else 0
        steps = steps + 1
    return steps


def swap_types(values):
    out = 0.0
    for v in values:
        out = out + v
    return out


for _ in range(300):
    accumulate([1, 2, 3], -1); search([[1, 2], [3, -1, 9]], 5); countdown(27); swap_types([1.0, 2.5])

print(accumulate(list(range(10)), 4))
print(accumulate([1.5, 2.5, 3.5], 2))
print(accumulate([2 ** 62, 2 ** 62, 2 ** 62], 1))
print(search([[1, 2, 3], [4, -5, 6, 7], [8], [], [-1, 1]], 5), search([[10 ** 20, 1]], 10 ** 21))
print([countdown(n) for n in (1, 2, 3, 7, 27, 97, 871)])
print(swap_types([1.0, 2, 3.5]), swap_types([1, 2, 3]), swap_types([0.1] * 10))
for values in ([1.0, "two", 3.0], [1.0, None]):
    try:
        swap_types(values)
    except TypeError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("TypeError", e, tb.tb_lineno, tb.tb_frame.f_locals["out"])
