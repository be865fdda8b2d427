import re

# flags
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.IGNORECASE | re.DOTALL | re.VERBOSE, int(re.I | re.M))
print(repr(re.ASCII | re.DEBUG), re.I == 2, isinstance(re.I, int), re.RegexFlag(2) is re.I)
print(f"{re.M}", re.I & re.M, re.I | 1024)

# Pattern
p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)?", re.I)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(repr(re.compile("a")), repr(re.compile("a", re.I | re.M | re.A)), repr(re.compile("x" * 250))[-20:])
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), hash(re.compile("q")) == hash(re.compile("q")))
print(re.compile("abc") is re.compile("abc"), re.compile(p) is p)
print(type(p).__name__, type(p).__module__, type(p.match("a=1")).__name__)

# Match
m = p.search("  Name=42 rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, 2, "key"))
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start("value"), m.end(2), m.span("key"))
print(m[0], m[1], m["value"], m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, m.regs)
m2 = p.match("k=")
print(m2.groups(), m2.groups("dflt"), m2.groupdict(0), m2.span(2), m2.start(2), m2.group(2), m2.lastgroup)
print(m.expand(r"\g<value>:\1:\g<0>"), m.expand(r"[\2]"))
print(bool(m), re.match("(a)(b)?", "a").lastindex, re.match("((a)b)", "ab").lastindex, re.match("(?P<o>(?P<i>a))", "a").lastgroup)
for bad in (3, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
long_match = re.search("x+", "y" + "x" * 80)
print(long_match)

# pos and endpos
q = re.compile(r"\d")
print(q.search("a1b2", 2), q.match("a1b2", 1), q.match("a1b2", 2), q.fullmatch("a1b2", 1, 2), q.search("a1b2", 0, 1))
print(q.search("a1b2", -5), q.search("a1b2", 99), q.findall("1234", 1, 3), q.search("12", 2, 1))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1), re.compile(r"\Ba").search("ba", 1))

# findall / finditer
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c"), re.findall(r"(\w)\d", "a1b2"))
print(re.findall("(a)|(b)", "ab"), re.findall("", "ab"), re.findall(r"\b", "ab cd"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")])
it = re.finditer("a", "aa")
print(type(it).__name__, next(it).span(), next(it).span(), next(it, None))

# split
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("x*", "axbc"), re.split("(a)|b", "1a2b3"), re.split(r"\d", "abc"), re.split("a", "a", maxsplit=-1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split("", "abc"))

# sub / subn
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("a", lambda m: None, "banana"))
print(re.subn("a", "o", "banana"), re.subn("a", "o", "banana", count=2), re.sub("a", "o", "banana", count=1))
print(re.sub("(?P<x>a)", r"<\g<x>>", "cat"), re.sub("a", r"\n", "cat") == "c\nt", re.sub("", "-", "ab"))
print(re.sub("x*", "-", "abxd"), re.sub(r"\s+", " ", "  a   b  "), re.sub("B", "x", "abcb", flags=re.I))
print(p.sub(r"\g<value>", "a=1 b=2"), p.subn(lambda m: m.group("key").upper(), "a=1 b="))

# escape, purge
print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t\tu\nv"), re.escape("héllo_123"))
re.purge()
print(re.match("a", "a") is not None)

# errors
for pat in ["a(b", "a\n(?P<x>b\nc", "[z-a]", "(?<=a*)b", r"\q"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, repr(e.pattern), "|", e)
print(re.error is re.PatternError, issubclass(re.error, Exception), re.error.__module__)
for args in [("a", 1), ("(a)", r"\2"), ("(a)", r"\g<x>")]:
    try:
        re.sub(args[0], args[1], "a")
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
for bad in [None, 1]:
    try:
        re.search("a", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(1)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError", e)
try:
    list(re.match("(a)", "a"))
except TypeError as e:
    print("TypeError", e)
