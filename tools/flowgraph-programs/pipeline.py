"""Generator pipelines, closures, nonlocal state, match statements and while loops."""


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def classify(value):
    match value:
        case int() | float() if value < 0:
            return "negative"
        case 0:
            return "zero"
        case int(n) if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case [x, y]:
            return f"pair {x} {y}"
        case {"kind": kind, **rest} if rest:
            return kind + "+" + ",".join(sorted(rest))
        case str() as s:
            return s.upper()
        case _:
            return None


def chunks(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.clear()
    if buf:
        yield tuple(buf)


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps > 1000:
            raise RuntimeError("too long")
    return steps


async def agen(xs):
    for x in xs:
        yield x * 2


async def consume(xs):
    total = 0
    async for y in agen(xs):
        total += y
    return total


def run():
    bump = counter()
    out = []
    for chunk in chunks(take(10, numbers(100)), 3):
        out.append((bump(), sum(chunk), [classify(c) for c in chunk]))
    squares = {x: x * x for x in range(5) if x}
    flat = [y for chunk in out for y in chunk[2] if y]
    longest = max((collatz(n), n) for n in range(1, 30))
    return out, squares, flat, longest, bump(0)
