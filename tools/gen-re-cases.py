"""Records the regular-expression case table for ReCasesTest (run with CPython 3.13).

    PYENV_VERSION=3.13.0 python3.13 tools/gen-re-cases.py > src/test/resources/re/cases.txt

Each line: mode, flags, pattern, string, result -- tab-separated, each text field escaped
(backslash, tab, newline and non-ASCII written as \\\\, \\t, \\n, \\uXXXX, \\UXXXXXXXX).
Modes: s = search, m = match, f = fullmatch (result "N", or "M lastindex s0 e0 s1 e1 ..."
with -1 for an unset group); i = all matches of finditer ("I s e s e ..."); r = re.sub with
string = template U+0001 subject ("S result"); p = compile only ("P groups flags").
Errors: "E type pos msg" (type error for re.error, whose msg and pos are used; else the
exception's type name and str, pos -).
"""
import re
import sys


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o <= 0xFFFF:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return "".join(out)


def outcome(mode, pattern, flags, string):
    try:
        p = re.compile(pattern, flags)
        if mode == "p":
            return "P %d %d" % (p.groups, p.flags)
        if mode == "r":
            template, subject = string.split("\x01")
            return "S " + esc(p.sub(template, subject))
        if mode == "i":
            spans = [m.span() for m in p.finditer(string)]
            return "I" + "".join(" %d %d" % sp for sp in spans)
        m = {"s": p.search, "m": p.match, "f": p.fullmatch}[mode](string)
        if m is None:
            return "N"
        parts = ["M", "-" if m.lastindex is None else str(m.lastindex)]
        for g in range(p.groups + 1):
            parts.append("%d %d" % m.span(g))
        return " ".join(parts)
    except re.error as e:
        return "E error %s %s" % ("-" if e.pos is None else e.pos, esc(e.msg))
    except (OverflowError, ValueError, IndexError, TypeError, RecursionError) as e:
        return "E %s - %s" % (type(e).__name__, esc(str(e)))


I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

# (pattern, flags, [strings]) searched in every mode s/m/f unless the mode is given
GROUPS = [
    # literals and escapes
    ("abc", 0, ["xabcx", "ab", "", "abc"]),
    (r"a\.c", 0, ["a.c", "abc"]),
    (r"\t\n\x41\u00e9\U0001F600\101\0\07", 0, ["\t\nA\u00e9\U0001F600A\0\7"]),
    (r"\N{EM DASH}", 0, ["a\u2014b"]),
    (r"\N{LATIN SMALL LETTER A}+", 0, ["baaa"]),
    (r"\a\f\v\\", 0, ["\a\f\v\\"]),
    (r"\%\-\&", 0, ["%-&"]),
    ("\u00e9t\u00e9", 0, ["\u00c9T\u00c9 \u00e9t\u00e9"]),
    ("\U0001F600+", 0, ["x\U0001F600\U0001F600y"]),
    # classes
    ("[a-c]+", 0, ["xxabcbay", "zzz"]),
    ("[^a-c]+", 0, ["abxyzc", "abc"]),
    ("[-a]+", 0, ["b-a-"]),
    ("[a-]+", 0, ["b-a-"]),
    ("[]a]+", 0, ["x]a]"]),
    (r"[\]]", 0, ["a]"]),
    (r"[\\]", 0, ["a\\"]),
    ("[a-z0-9_]+", 0, ["--ab_9--"]),
    (r"[\w.-]+@[\w.-]+", 0, ["mail: joe.b-x@ex-ample.com!"]),
    (r"[\d\s]+", 0, ["ab 12 3c"]),
    (r"[^\d\s]+", 0, ["12 ab3"]),
    (r"[\x41-\x43]+", 0, ["ABCD"]),
    (r"[\u0400-\u04ff]+", 0, ["abc \u0416\u0417 x"]),
    (r"[.]", 0, ["a.b"]),
    (r"[$^]+", 0, ["a^$b"]),
    (r"[\b]", 0, ["a\bb"]),
    (r"[\0-\x1f]+", 0, ["ab\x01\x02c"]),
    (r"[a-c]", I, ["B", "\u212a"]),
    (r"[k]", I, ["\u212a", "K"]),
    (r"[^a]", I, ["A", "b"]),
    (r"[^A-Z]+", I, ["abc1"]),
    # categories, Unicode and ASCII
    (r"\d+", 0, ["a123b", "\u0663\u0664\u0665", "\u00b2", "x"]),
    (r"\d+", A, ["\u0663\u0664\u0665", "77"]),
    (r"\D+", 0, ["12ab34"]),
    (r"\w+", 0, ["h\u00e9llo w\u00f6rld", "\u00b2\u00bd", "\u01c5x", "_a1", "\u2160\u2161", "--"]),
    (r"\w+", A, ["h\u00e9llo"]),
    (r"\W+", 0, ["ab, cd"]),
    (r"\s+", 0, ["a \t\n\r\f\vb", "a\u00a0b", "a\x1cb", "a\u2003b", "a\x85b"]),
    (r"\s+", A, ["a\u00a0b", "a\x1cb", "a \tb"]),
    (r"\S+", 0, ["  ab  "]),
    # anchors
    ("^a", 0, ["ab", "ba", "\na"]),
    ("^a", M, ["ba\na", "\na"]),
    ("a$", 0, ["a", "a\n", "a\n\n", "ab"]),
    ("a$", M, ["a\nb", "ab\na"]),
    ("^$", 0, ["", "\n", "a"]),
    ("^$", M, ["a\n\nb", "a\n"]),
    (r"\Aa", M, ["\na", "ab"]),
    (r"a\Z", 0, ["a\n", "ba"]),
    (r"\bfoo\b", 0, ["a foo b", "afoo", "foo", "foo_"]),
    (r"\Bo\B", 0, ["foo bar", "o"]),
    (r"\b", 0, ["", "a", " "]),
    (r"\B", 0, ["", "a", "  "]),
    (r"\b\w+\b", A, ["\u00e9t\u00e9 abc"]),
    (r"\b\w+\b", 0, ["\u00e9t\u00e9 abc"]),
    # dot
    ("a.c", 0, ["a\nc", "abc", "a\u00e9c"]),
    ("a.c", S, ["a\nc"]),
    (".+", 0, ["ab\ncd"]),
    ("(?s).+", 0, ["ab\ncd"]),
    # quantifiers
    ("a*", 0, ["", "aaa", "baa"]),
    ("a+", 0, ["baaab", "b"]),
    ("a?b", 0, ["ab", "b", "aab"]),
    ("a{2}", 0, ["a", "aaa"]),
    ("a{2,}", 0, ["a", "aaaa"]),
    ("a{,2}", 0, ["aaaa"]),
    ("a{2,3}", 0, ["aaaa", "a"]),
    ("a{0}b", 0, ["ab"]),
    ("a{0,0}", 0, ["aaa"]),
    ("a*?", 0, ["aaa"]),
    ("a+?", 0, ["aaa"]),
    ("a??b", 0, ["ab"]),
    ("a{2,3}?", 0, ["aaaa"]),
    ("a*?b", 0, ["aaab"]),
    ("<.*>", 0, ["<a><b>"]),
    ("<.*?>", 0, ["<a><b>"]),
    ("a*+a", 0, ["aaa"]),
    ("a++b", 0, ["aab", "aa"]),
    ("a?+a", 0, ["a", "aa"]),
    ("a{1,2}+a", 0, ["aa", "aaa"]),
    ("(?:ab)*+ab", 0, ["abab"]),
    ("(ab)++c", 0, ["ababc"]),
    ("a{", 0, ["a{"]),
    ("a{1", 0, ["a{1"]),
    ("a{,}", 0, ["aaa"]),
    ("a{1,2", 0, ["a{1,2"]),
    ("x{}", 0, ["x{}"]),
    ("a{ 1}", 0, ["a{ 1}"]),
    ("(?:a|b)*c", 0, ["ababc", "abab"]),
    ("(?:)*", 0, ["ab"]),
    ("(?:a*)*b", 0, ["aab", "c"]),
    ("(?:a*)+b", 0, ["aab"]),
    ("(?:a?){2,4}b", 0, ["ab", "aaaab"]),
    ("(?:ab){2,3}?", 0, ["ababab"]),
    ("(?:ab){1000}", 0, ["ab" * 999, "ab" * 1000]),
    ("\\d{1,3}(?:,\\d{3})*", 0, ["x 1,234,567 y"]),
    # groups
    ("(a)(b)?", 0, ["a", "ab"]),
    ("(a|b)*", 0, ["abba", ""]),
    ("(a|b)*c", 0, ["abac"]),
    ("((a)|b)+", 0, ["ab", "ba"]),
    ("(a*)*", 0, ["aa", "b"]),
    ("(a*)+", 0, ["aa", "b"]),
    ("(a|)*", 0, ["aa"]),
    ("(a?){3}", 0, ["a", ""]),
    ("(?:a|()){2,}", 0, ["a", "aa"]),
    ("(a)|(b)", 0, ["b", "a"]),
    ("(a)(b)", 0, ["ab"]),
    ("((a)b)", 0, ["ab"]),
    ("(a)(?:b)", 0, ["ab"]),
    ("(?P<first>\\w+) (?P<last>\\w+)", 0, ["Jane Doe"]),
    ("(?P<x>a)(?P=x)", 0, ["aa", "ab"]),
    ("(a)\\1", 0, ["aa", "ab"]),
    ("(a)\\1", I, ["aA"]),
    ("(\\w)\\1", 0, ["abccd"]),
    ("(a)|\\1b", 0, ["b"]),
    ("(?:(a)|b)\\1", 0, ["aa", "b", "ba"]),
    ("(a)?(?(1)b|c)", 0, ["ab", "c", "ac"]),
    ('(?P<q>")?\\w+(?(q)")', 0, ['"abc"', "abc", '"abc']),
    ("(a)?(?(1)b)", 0, ["ab", "x"]),
    ("(?:(a)|b)(?(1)c|d)", 0, ["ac", "bd", "ad"]),
    ("(?P<a>x)(?(a)y|z)", 0, ["xy"]),
    ("(\\()?\\d+(?(1)\\))", 0, ["(12)", "12", "(12"]),
    ("(((((((((a)))))))))\\9", 0, ["aa"]),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", 0, ["abcdefghijkk"]),
    ("(a)\\10", 0, ["a\x08"]),
    ("(a)\\012", 0, ["a\n"]),
    # lookaround
    ("a(?=b)", 0, ["ab", "ac"]),
    ("a(?!b)", 0, ["ab", "ac"]),
    ("(?<=a)b", 0, ["ab", "cb"]),
    ("(?<!a)b", 0, ["ab", "cb"]),
    ("(?<=ab|cd)x", 0, ["cdx", "abx", "bx"]),
    ("(?<=(a))b", 0, ["ab"]),
    ("(?=(a))a", 0, ["a"]),
    ("(?!(a)b)a", 0, ["ab", "ac"]),
    ("(?<=\\d{3})x", 0, ["12x", "123x"]),
    ("(?<!^)x", 0, ["xx"]),
    ("(?<=^)x", 0, ["x"]),
    ("(?<=a)", 0, ["ab"]),
    ("(?!)", 0, ["a"]),
    ("(?=)", 0, ["a"]),
    ("(?=a)*", 0, ["a"]),
    ("\\w+(?=,)", 0, ["ab, cd"]),
    ("(?<=(a)(b))c", 0, ["abc"]),
    ("(?<!(a))b", 0, ["cb"]),
    ("(a)(?<=\\1)", 0, ["a"]),
    ("(?=a|ab)(..)", 0, ["ab"]),
    # atomic groups
    ("(?>a*)a", 0, ["aaa"]),
    ("(?>a|ab)c", 0, ["abc", "ac"]),
    ("(?>(a+))b", 0, ["aab"]),
    ("(?>a+)+b", 0, ["aab"]),
    ("(?>x(a)|x(b))c", 0, ["xbc"]),
    # inline and scoped flags
    ("(?i)abc", 0, ["xABC"]),
    ("(?i:a)b", 0, ["Ab", "AB"]),
    ("(?-i:a)b", I, ["aB", "AB"]),
    ("a(?i:b(?-i:c)d)", 0, ["aBcD", "aBCD"]),
    ("(?x) a b # comment", 0, ["ab"]),
    ("(?x) a\\ b [ ]c", 0, ["a b c"]),
    ("(?x)a#c\nb", 0, ["ab"]),
    ("a b", X, ["ab", "a b"]),
    ("(?x:a b) c", 0, ["ab c"]),
    ("(?s).", 0, ["\n"]),
    ("(?m)^b", 0, ["a\nb"]),
    ("(?s:.)a.", 0, ["\na\n", "\naa"]),
    ("(?m:^b)$", 0, ["a\nb"]),
    ("(?a)\\w+", 0, ["\u00e9a"]),
    ("(?u)\\w+", 0, ["\u00e9a"]),
    ("(?a:\\w)\\w", 0, ["\u00e9\u00e9a\u00e9"]),
    ("(?ai)k", 0, ["\u212a", "K"]),
    ("(?i)(?m)^A", 0, ["b\na"]),
    ("(?#comment)a", 0, ["a"]),
    ("a(?#c)*", 0, ["aa"]),
    # IGNORECASE folding
    ("k", I, ["\u212a", "K"]),
    ("\u212a", I, ["k", "K"]),
    ("s", I, ["\u017f", "S"]),
    ("\u017f", I, ["s", "S"]),
    ("i", I, ["\u0131", "\u0130", "I"]),
    ("\u00df", I, ["\u1e9e", "SS"]),
    ("\u03c3", I, ["\u03a3", "\u03c2"]),
    ("\u01c5", I, ["\u01c4", "\u01c6"]),
    ("[\u03c3]", I, ["\u03c2"]),
    ("\u00e9+", I, ["\u00c9\u00e9"]),
    ("[^k]", I, ["\u212a"]),
    ("a", I | A, ["A"]),
    ("s", I | A, ["\u017f"]),
    ("[a-z]+", I | A, ["Ab\u212a"]),
    # alternation
    ("a|b|c", 0, ["xc"]),
    ("ab|a", 0, ["ab"]),
    ("a|ab", 0, ["ab"]),
    ("|a", 0, ["a"]),
    ("a|", 0, ["b"]),
    ("(?:a|b|)+", 0, ["ab"]),
    ("cat|dog|bird", 0, ["hotdog"]),
    # longer subjects
    ("(a|b)*c", 0, ["ab" * 50 + "c"]),
    ("\\d+-\\d+", 0, ["x" * 200 + "12-34"]),
    ("(\\w+)\\s+\\1", 0, ["the the cat"]),
    ("^(\\w+\\s?)*$", 0, ["a b c d e f"]),
    ("(x+x+)+y", 0, ["x" * 12 + "y"]),
]

ITER = [
    ("", 0, ["abc", ""]),
    ("x*", 0, ["axxb", ""]),
    ("\\b", 0, ["ab cd"]),
    ("(?=a)", 0, ["aba"]),
    ("a|", 0, ["bab"]),
    ("|a", 0, ["bab"]),
    ("a*?", 0, ["aa"]),
    ("\\w+", 0, ["one two  three"]),
    ("^", M, ["a\nb\n"]),
    ("$", M, ["a\nb\n"]),
    ("$", 0, ["a\n"]),
    ("(?<=a)", 0, ["aaa"]),
    ("\\s*", 0, ["a b"]),
    ("a+?", 0, ["aaa"]),
]

SUBS = [
    ("a", "b", "banana"),
    ("(a)(n)?", "<\\1|\\2>", "banana"),
    ("(?P<x>a)", "[\\g<x>]", "banana"),
    ("(a)", "\\g<1>\\g<0>", "ab"),
    ("(a)", "\\g<0>", "ab"),
    ("a", "\\n\\t\\\\", "xa"),
    ("a", "\\&", "xa"),
    ("a", "\\0", "xa"),
    ("a", "\\101", "xa"),
    ("a", "\\08", "xa"),
    ("(a)", "\\10", "xa"),
    ("a", "\\q", "xa"),
    ("a", "\\", "xa"),
    ("a", "\\g", "xa"),
    ("a", "\\g<", "xa"),
    ("a", "\\g<>", "xa"),
    ("a", "\\g<1", "xa"),
    ("a", "\\g<1>", "xa"),
    ("a", "\\g<a b>", "xa"),
    ("a", "\\g<nope>", "xa"),
    ("a", "\\1", "xa"),
    ("a", "\\400", "xa"),
    ("(a)", "\\g<-1>", "xa"),
    ("(a)|b", "[\\1]", "ab"),
    ("x*", "-", "abxd"),
    ("", "-", "abc"),
    ("\\b", "|", "ab cd"),
    ("(\\w+) (\\w+)", "\\2 \\1", "hello world"),
    ("(?i)B", "x", "aBbB"),
    ("\u00e9", "e", "caf\u00e9 \u00e9t\u00e9"),
    ("a(?=b)", "X", "abacab"),
    ("$", "!", "a\nb\n"),
    ("(?m)$", "!", "a\nb\n"),
    ("(a)", "\\g<01>", "a"),
    ("(a)", "\\g<1000000000000>", "a"),
]

ERRORS = [
    "(", ")", "a)", "((a)", "[", "[a", "[a-", "[z-a]", "[\\d-z]", "[a-\\d]", "*", "+a", "?",
    "a**", "a*?*", "a++*", "a{2,1}", "{3}", "^*", "\\b+", "$?", "(?:^)*",
    "\\q", "\\", "a\\", "\\1", "(a)\\2", "(a\\1)", "\\9", "[\\9]", "[\\q]", "[\\A]",
    "(?<x", "(?<x>a)", "(?P<1>a)", "(?P<a-b>a)", "(?P<a>a)(?P<a>b)", "(?P=b)", "(?P=1)",
    "(?P<a>(?P=a))", "(?P", "(?Px", "(?P<", "(?P<a", "(?P<>a)", "(?P=", "(?P=a", "(?",
    "(?z)", "(?<", "(?<a", "(?<=", "a(?i)", "(?i", "(?i)(?x", "(?-", "(?-z:a)", "(?-)",
    "(?i-i:a)", "(?i-:a)", "(?-i)", "(?L)a", "(?au)a", "(?-a:b)", "(?uL:a)", "(?i-u:a)",
    "(?#abc", "(?(1)a|b|c)", "(?(0)a)", "(?(x)a)", "(?(1", "(?(1)", "(?(a b)x)",
    "(?(2)a)(b)", "(a)(?(3)b)", "(?(1a)x)",
    "(?<=a*)b", "(?<!a|bc)x", "(?<=a+)", "(?<=(a)\\1)", "(?<=(?P<n>a)(?P=n))",
    "(a)(?<=\\1x)", "(?<=a{2,3})b",
    "\\x1", "\\x", "\\u12", "\\U0011ffff", "\\U1234", "\\N{NOPE}", "\\N", "\\N{", "\\N{}",
    "\\400", "[\\400]", "\\8", "[\\8]", "\\0777",
    "a{4294967295}", "a{4294967294}", "a{1,4294967296}", "(?i)\\u", "a|*",
    "a\n(b", "ab\ncd(?<=e*)", "x\n\n[a", "(?x)a #c\n)", "(?P<\u00e9>a)(?P<x\u00e9>b)(?P<1a>c)",
    "(?<=a|(?<=b))c", "(?<!(?!a))x", "[]", "[^]", "a{3", "(?>a", "(?>)",
    "(?+a)", "(?=a", "(?!a", "(?:a", "(?i:a", "(a|b", "a|b)",
    "(?:" * 480 + "a" + ")" * 480, "(?:" * 496 + "a" + ")" * 496, "(?=" * 496 + ")" * 496,
    "(" * 10 + ")" * 10,
]

PARSED = [
    ("(a)(?P<b>b)(?:c)", 0), ("a", I), ("(?i)a", 0), ("(?x)(?m)a", 0), ("(?a)a", 0), ("a", A | I),
    ("(?s)(?i)x", M), ("(?u)x", 0),
]


def main():
    lines = []
    for pattern, flags, strings in GROUPS:
        for string in strings:
            for mode in "smf":
                lines.append((mode, flags, pattern, string))
    for pattern, flags, strings in ITER:
        for string in strings:
            lines.append(("i", flags, pattern, string))
    for pattern, template, subject in SUBS:
        lines.append(("r", 0, pattern, template + "\x01" + subject))
    for pattern in ERRORS:
        lines.append(("s", 0, pattern, ""))
    for pattern, flags in PARSED:
        lines.append(("p", flags, pattern, ""))
    out = sys.stdout
    for mode, flags, pattern, string in lines:
        out.write("%s\t%d\t%s\t%s\t%s\n" % (mode, int(flags), esc(pattern), esc(string),
                                           outcome(mode, pattern, flags, string)))


main()
