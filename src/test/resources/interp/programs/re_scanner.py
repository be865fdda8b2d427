import re

# A tokenizer in the style of the re documentation: named alternatives and lastgroup.
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKEN_RE = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}


def tokenize(code):
    line = 1
    line_start = 0
    for mo in TOKEN_RE.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        yield kind, value, line, column


program = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;
x := 3 $ 4;
"""
for token in tokenize(program):
    print(token)

# Verbose patterns with comments and scoped flags
DATE = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>0[1-9]|1[0-2])  # month
    -
    (?P<day>\d{2})    # day
    (?:T(?P<time>\d{2}:\d{2}(?::\d{2})?))?
""", re.VERBOSE)
for text in ["2024-02-29", "2024-13-01", "x 1999-12-31T23:59 y", "2000-01-01T10:00:30"]:
    m = DATE.search(text)
    print(text, "->", m and m.groupdict())

# Multiline log processing
LOG = """\
2024-01-01 ERROR disk full on /dev/sda1
2024-01-01 INFO started
2024-01-02 WARNING low memory: 512MB
2024-01-03 error lower-case level
"""
print(re.findall(r"^(\S+) (ERROR|WARNING)\b", LOG, re.M))
print(re.findall(r"^(\S+) (?i:error)", LOG, re.M))
print(re.findall(r"\d+(?=MB)", LOG), re.findall(r"(?<=/dev/)\w+", LOG))
print(len(re.findall(r"$", LOG, re.M)), re.search(r"started$", LOG, re.M).span())

# Backreferences and conditionals
print(re.findall(r"\b(\w+)\s+\1\b", "the the quick brown fox fox jumps"))
print([m.group(0) for m in re.finditer(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com> user@host.com <user@host.com")])
print(re.sub(r"(?P<word>\b\w)(\w*)", lambda m: m.group("word").upper() + m.group(2), "hello big world"))

# Greedy, lazy, possessive, atomic
html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", html), re.findall(r"<.+?>", html), re.findall(r"<[^>]++>", html))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"))
print(re.fullmatch(r"(\d+)(\d{2})", "12345").groups(), re.fullmatch(r"(\d+?)(\d{2})", "12345").groups())

# Unicode
text = "Grüße, Straße! Ελληνικά κείμενα; число 42 и ٤٢"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text), re.findall(r"(?a)\d+", text))
print(re.findall(r"straße", text, re.I), re.findall(r"ΕΛΛΗΝΙΚΆ", text, re.I))
print(re.sub(r"\s+", "_", "a\u00a0b\u2003c\td"))

# Empty matches and splitting
print(re.split(r"\b", "one two"), re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print([m.span() for m in re.finditer(r"a*", "baaac")])

# A long subject: nothing may overflow the stack
long_text = "ab" * 50000
m = re.fullmatch(r"(a|b)*", long_text)
print(m.span(), m.group(1))
print(re.fullmatch(r"(?:ab)*", long_text).end(), len(re.findall(r"(?:a|b)", long_text)))
print(re.match(r"(a|b)*?c", long_text + "c").end(), re.search(r"(ab)+$", long_text).span())
