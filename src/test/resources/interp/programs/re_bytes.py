import re

p = re.compile(rb"(?P<key>\w+)=(?P<val>\d+)")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
m = p.search(b"  abc=123 x=9")
print(m, m.group(), m.group(1), m["val"], m.groups(), m.groupdict(), m.span(), m.string)
print(p.findall(b"a=1 b=2"), [m.group("key") for m in p.finditer(b"k=1, l=2")])
print(re.sub(rb"\d", b"#", b"a1b22"), re.subn(rb"(\w)=", rb"\1:", b"a=1 b=2"), re.split(rb"[,;]", b"a,b;c"))
print(re.sub(rb"\d+", lambda m: str(int(m.group().decode()) * 2).encode(), b"x10 y7"))
print(m.expand(rb"\g<val>-\g<key>"), re.escape(b"a.b*c\\d e"), re.escape(b"\xff\x00"))
print(re.match(rb"\w+", "é".encode("utf-8")), re.match(rb"(?i)abc", b"ABC"), re.match(rb"[\xe0-\xff]+", b"\xe9\xea"))
print(re.findall(rb"\s+", b"a \t\x0bb\x1cc\xa0d"), re.findall(rb"\d", b"1\xb2"), re.match(b".", b"\n"))
print(re.search(rb"\bfoo\b", bytearray(b"a foo b")), re.search(rb"o+", memoryview(b"foo")))
print(re.compile(rb"a", re.I | re.M), re.compile(b"\xe9", re.L))
for pat, s in [(rb"a", "a"), ("a", b"a")]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
for bad in [rb"(?u)a", rb"\u1234", rb"(a", rb"[\N{DIGIT ONE}]", b"(?P<\xe9>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", e.msg, e.pos, repr(e.pattern), "|", e)
for bad, flags in [(b"a", re.U), ("a", re.L), (b"a", re.A | re.L)]:
    try:
        re.compile(bad, flags)
    except ValueError as e:
        print("ValueError", e)
try:
    re.sub(rb"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)
for pat, repl, s in [("a", b"x", "ba"), ("a", lambda m: 1, "bab"), (rb"a", lambda m: "s", b"bab"), (rb"a", "x", b"zzz"), ("a", "x", "zzz")]:
    try:
        print(re.sub(pat, repl, s))
    except TypeError as e:
        print("TypeError", e)
print(re.sub(rb"(a)", rb"\1\101\n", b"ab"), re.sub(b"a", b"\\g<0>\\g<0>", bytearray(b"ab")))
