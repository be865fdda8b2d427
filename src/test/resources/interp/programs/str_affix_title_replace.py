# str.startswith/endswith (tuples, ranges, empty affixes, astral characters), title() of ASCII and
# other text, replace() returning the str itself when nothing changes (exact strs only).
class S(str):
    pass


text = "River stone, field"
print(text.startswith(("River", "Stone")), text.startswith(("x", "")), text.endswith(("eld", "q")))
print(text.startswith("stone", 6), text.startswith("stone", 6, 10), text.startswith("stone", 6, 11))
print(text.endswith("stone", 0, 11), text.endswith("stone,", 0, 12), text.endswith("", 99), text.startswith("", 18))
print(text.startswith("", 19), text.endswith("d", -1), text.startswith("R", -100, 1), "".startswith(""), "".endswith(("a",)))
print(S("prefix").startswith(S("pre")), "abc".startswith(("a", S("z"))))
astral = "\U0001f600ab\U0001f600"
print(astral.startswith("\U0001f600"), astral.endswith("b\U0001f600"), astral.startswith("a", 1), astral.endswith("a", 0, 2))
for bad in (1, ("a", 2), None):
    try:
        "abc".startswith(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        "abc".endswith(bad)
    except TypeError as e:
        print("TypeError", e)
for s in ("hello world", "they're bill's friends", "HELLO wORLD 3rd", "", "a1b2 c_d", "ﬁre ǆungla straße", "µ ÿ ß-x", "ΣΑΣ σας"):
    print(repr(s.title()))
print(S("abc def").title(), type(S("x").title()).__name__)
plain = "spark and ember"
print(plain.replace("none", "x") is plain, plain.replace("spark", "spark") is plain, plain.replace("a", "b", 0) is plain)
sub = S("spark")
print(type(sub.replace("q", "r")).__name__, sub.replace("q", "r") is sub, sub.replace("q", "r"))
print(plain.replace("a", "AA"), plain.replace("a", "", 1), plain.replace("", "-", 3), plain.replace("spark", "SPARK").title())
print("aaaa".replace("aa", "b"), "abc".replace("abc", ""), "x".replace("x", "xx" * 3))
print(plain.replace("", "") is plain, plain.replace("", "x", 0) is plain, plain.replace("x", "x", -1) is plain)
print(S("ab").replace("", "") is S, type(S("ab").replace("a", "a")).__name__)
