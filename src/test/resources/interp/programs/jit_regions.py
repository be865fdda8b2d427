# Functions too large for one JVM method once compiled by tier 2 (over HotSpot's 8000 bytes
# of bytecode): tier 2 splits them into region methods (docs/jit.md, "Large code objects").
# Values in locals and on the stack cross region boundaries, loops span several regions,
# exceptions are raised in one region and caught in another, generators yield from several
# regions, and tracebacks and f_lineno come from every region. Each function runs warm
# (compiled) before the checks, and the results must be the interpreter's.
import sys
import traceback


def build(name, params, lines):
    """Defines function `name` from `lines` (indented by four) in the file <regions>."""
    source = "def %s(%s):\n" % (name, params) + "".join("    " + line + "\n" for line in lines)
    namespace = {"sys": sys, "here": here}
    exec(compile(source, "<regions>", "exec"), namespace)
    return namespace[name]


def here():
    return sys._getframe(1).f_lineno


def step(k):
    """One statement mixing the five locals (ints kept small)."""
    names = "abcde"
    target, left, right = names[k % 5], names[(k + 1) % 5], names[(k + 3) % 5]
    return "%s = (%s * %d + %s - %d) %% 1000003" % (target, left, k % 7 + 2, right, k % 11)


# 1. straight-line code: five locals carried through every region
lines = ["a, b, c, d, e = x, x + 1, x + 2, x + 3, x + 4"]
lines += [step(k) for k in range(90)]
lines += ["return (a, b, c, d, e)"]
straight = build("straight", "x", lines)

# 2. one loop whose body spans regions, with branches, continue and break
lines = ["a, b, c, d, e = 1, 2, 3, 4, 5", "total = 0", "for i in range(n):"]
for k in range(80):
    lines.append("    " + step(k))
    if k % 20 == 15:
        lines.append("    if (a + i) % 7 == 0:")
        lines.append("        total += 1")
        lines.append("        continue")
    if k == 10:
        lines.append("    if i == stop:")
        lines.append("        break")
lines += ["    total += a % 10", "else:", "    total = -total", "return total, a, e"]
looped = build("looped", "n, stop", lines)

# 3. a while loop nested in a for loop, both long
lines = ["a, b, c, d, e = 3, 1, 4, 1, 5", "count = 0", "for i in range(n):", "    j = 0", "    while j < 3:"]
lines += ["        " + step(k) for k in range(50)]
lines += ["        j += 1", "        count += 1"]
lines += ["    " + step(k) for k in range(50, 90)]
lines += ["return count, a, b"]
nested = build("nested", "n", lines)

# 4. exceptions: raised at statement `at` (any region), caught by a handler in another region
lines = ["a, b, c, d, e = 1, 1, 2, 3, 5", "log = []", "try:"]
for k in range(100):
    lines.append("    " + step(k))
    if k % 20 == 0:
        lines.append("    if at == %d:" % k)
        lines.append("        raise ValueError('at %d', a)" % k)
        lines.append("    log.append(here())")
lines += ["except ValueError as exc:", "    log.append(('caught', exc.args[0], exc.__traceback__.tb_lineno))",
          "finally:", "    log.append('finally')", "return a, log"]
raising = build("raising", "at", lines)

# 5. an exception that leaves the function from a late region (the caller reads the traceback)
lines = ["a, b, c, d, e = 2, 7, 1, 8, 2"]
lines += [step(k) for k in range(50)]
lines += ["if x < 0:", "    {}['missing %d' % a]"]
lines += [step(k) for k in range(50, 100)]
lines += ["return 1 // (x - a % 3 - x + a % 3)"]  # always ZeroDivisionError at the end
escaping = build("escaping", "x", lines)

# 6. a generator yielding from many regions, resumed with send, throw and close
lines = ["a, b, c, d, e = 1, 2, 3, 4, 5", "got = []"]
for k in range(100):
    lines.append(step(k))
    if k % 15 == 10:
        lines.append("try:")
        lines.append("    got.append((yield a))")
        lines.append("except KeyError as exc:")
        lines.append("    got.append(('thrown', exc.args[0], here()))")
lines += ["yield ('end', got, a, b)"]
generator = build("generator", "", lines)

# 7. f_lineno from every region, and a nested function defined in a late region
lines = ["a, b, c, d, e = 0, 0, 0, 0, 0", "seen = [here()]"]
for k in range(100):
    lines.append(step(k))
    if k % 25 == 0:
        lines.append("seen.append(here())")
lines += ["def inner(y):", "    return y + a", "seen.append(inner(1))", "return seen"]
lines_seen = build("lines_seen", "", lines)


def warm(times=25):
    for i in range(times):
        straight(i)
        looped(3, -1)
        nested(1)
        raising(-1)
        raising(i % 5 * 20)
        try:
            escaping(i)
        except ZeroDivisionError:
            pass
        g = generator()
        for value in g:
            pass
        lines_seen()


warm()
print("straight", straight(0), straight(12345))
print("looped", looped(20, -1), looped(20, 5), looped(0, 0))
print("nested", nested(4))
for at in (-1, 0, 20, 40, 80, 99):
    result, log = raising(at)
    print("raising", at, result, log[-3:], len(log))

for x in (5, -5):
    try:
        escaping(x)
    except (ZeroDivisionError, KeyError) as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        # (ZeroDivisionError's message differs between 3.13 and 3.14)
        print("escaping", x, type(exc).__name__, [(f.name, f.lineno) for f in frames][1:])

g = generator()
print("gen first", next(g))
print("gen send", g.send("s1"), g.send("s2"))
print("gen throw", g.throw(KeyError("k1")))
print("gen frame line", g.gi_frame.f_lineno)
print("gen send", g.send("s3"))
print("gen throw", g.throw(KeyError("k2")))
rest = list(g)
print("gen rest", rest[-1][0], rest[-1][1], rest[-1][2:], len(rest))
g = generator()
next(g)
g.send(1)
g.close()
print("gen closed", g.gi_frame)
g = generator()
next(g)
try:
    g.throw(RuntimeError("out"))
except RuntimeError as exc:
    print("gen error", exc, [f.lineno for f in traceback.extract_tb(exc.__traceback__)][1:])
print("lines", lines_seen())
