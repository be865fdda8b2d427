# Tier 2 (docs/jit.md): arithmetic, comparisons, branches and loops, run by ProgramsTest in every
# mode (JitTest also checks that each function here was compiled under -X jit-threshold=0).

def int_ops(n):
    total = 0
    for i in range(n):
        total += i * 3 - (i // 2) % 7
        total ^= i << 2
        if total > 10 ** 6:
            total -= 10 ** 6
    return total

def big_ints(k):
    x = 1
    for i in range(1, k):
        x = x * i + (x >> 3)          # leaves the 64-bit range on the way
    return x % 1000000007, x.bit_length()

def float_ops(n):
    acc = 0.0
    step = 0.5
    i = 0
    while i < n:
        acc = acc * 0.99 + step * i - 1.25 / (i + 1)
        if acc < -5.0 or acc != acc:
            acc = 0.0
        i += 1
    return round(acc, 6)

def compare_chain(a, b, c):
    out = []
    out.append(a < b < c)
    out.append(a == b or b != c)
    out.append(not (a >= c))
    out.append(a is None)
    out.append(b in (1, 2, 3))
    out.append(c not in {4: 1})
    return out

def strings(words):
    s = ""
    for w in words:
        if w:
            s += w.upper() + "-"
        else:
            s += "?"
    return s[:-1], s.count("-"), f"{len(s):>5}|{s[0]!r}"

def mixed(values):
    out = []
    for v in values:
        out.append(v + v)
        out.append(v * 2)
    return out

def nested_loops(n):
    count = 0
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            count += 1
    else:
        count += 1000
    return count

def unpack_and_subscr(pairs):
    d = {}
    lst = [0] * len(pairs)
    for idx, (k, v) in enumerate(pairs):
        d[k] = v
        lst[idx] = v * 2
    a, *rest = lst
    return d, lst[1:3], a, rest[-1], lst[::-1]

print(int_ops(5000))
print(big_ints(60))
print(float_ops(3000))
print(compare_chain(1, 2, 3), compare_chain(3, 3, 3))
print(strings(["ab", "", "cd", "e"]))
print(mixed([1, 2.5, "x", [1], (2,)]))
print(nested_loops(40))
print(unpack_and_subscr([("a", 1), ("b", 2), ("c", 3), ("d", 4)]))
for round_ in range(3):           # the same sites with other operand types
    print(mixed([True, 10 ** 20, -0.0]), int_ops(10 + round_), float_ops(5))
