# list.sort makes exactly CPython's comparisons (its listsort algorithm: natural runs, binary
# insertion to minrun, powersort merging, galloping with adaptive min_gallop): every __lt__ call
# is logged and the log of each case is summarised, for many sizes and input shapes.

class Key:
    __slots__ = ("value", "ident")
    log = []

    def __init__(self, value, ident):
        self.value = value
        self.ident = ident

    def __lt__(self, other):
        Key.log.append((self.ident, other.ident))
        return self.value < other.value


seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n


def shapes(n):
    yield "random", [rand(1000000) for _ in range(n)]
    yield "fewvalues", [rand(4) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "sawtooth", [i % 37 for i in range(n)]
    yield "descending_dups", sorted([rand(10) for _ in range(n)], reverse=True)
    yield "nearly_sorted", [i + (rand(7) if i % 11 == 0 else 0) for i in range(n)]
    yield "runs", [((i // 50) * 7919 + (i % 50) * (1 if (i // 50) % 2 else -1)) % 100003 for i in range(n)]
    yield "organ", [min(i, n - i) for i in range(n)]
    yield "gallop", [i * 2 for i in range(n // 2)] + [i * 2 + 1 for i in range(n - n // 2)]
    yield "blocks", [(i // 100) * 100 + (99 - i % 100) for i in range(n)][::-1]


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 2305843009213693951
    return h


sizes = list(range(0, 34)) + [40, 50, 63, 64, 65, 100, 129, 257, 700, 1100]
for n in sizes:
    for name, values in shapes(n):
        for reverse in (False, True):
            items = [Key(v, i) for i, v in enumerate(values)]
            Key.log = []
            items.sort(reverse=reverse)
            order = digest((k.ident, i) for i, k in enumerate(items))
            ok = all(not (items[i + 1].value < items[i].value) if not reverse
                     else not (items[i].value < items[i + 1].value) for i in range(len(items) - 1))
            print(n, name, reverse, len(Key.log), digest(Key.log), order, ok)

# The same with key functions: keys and values move together.
for n in (10, 65, 300):
    for name, values in shapes(n):
        items = [(v, i) for i, v in enumerate(values)]
        Key.log = []
        result = sorted(items, key=lambda t: Key(t[0], t[1]))
        print("key", n, name, len(Key.log), digest(Key.log), digest((t[1], i) for i, t in enumerate(result)))
