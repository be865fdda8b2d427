# str.split/rsplit/splitlines/join and the is*() predicates: the fast paths' edges (subclasses,
# non-str items, surrogates at seams, Latin-1 and other characters, empty inputs)
class S(str):
    pass
class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])
class T(tuple):
    pass
print("a b  c ".split(), " ".split(), "".split(), "  x  y ".split(None, 1), " a b c ".rsplit(None, 1))
print("a,b,,c".split(","), "a,b".rsplit(",", 0), "x".split("x"))
print("l1\nl2\r\nl3\rl4".splitlines(), "a\n".splitlines(True), "".splitlines(), "\x85x\u2028y".splitlines())
s = "one"
print("-".join([s]) is s, "-".join((s,)) is s, type("-".join([S("z")])).__name__)
print("-".join(["a", S("b"), "c"]), ",".join(("x", "y")), "".join([]), "+".join(iter(["p", "q"])))
print("|".join(L(["a", "b"])), "|".join(T(("t1", "t2"))), "|".join({"k": 1}), "|".join(c for c in "abc"))
for bad in (["a", 1], ("a", None), [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError", e)
print(repr("\ud800".join(["a", "\udc00"])), len("".join(["\ud83d", "\ude00"])), len("x".join(["\ud83d", "\ude00"])))
chars = [chr(c) for c in range(300)] + ["\u0663", "\u00b2", "\u2167", "\U0001d7d8", "", "12", "a1", " \t", "ab"]
for name in ("isspace", "isdigit", "isalpha", "isalnum", "isdecimal", "isnumeric"):
    print(name, "".join("1" if getattr(c, name)() else "0" for c in chars))
print(S("12").isdigit(), S(" ").isspace())
lst = ["a", "b"]
print("x".join(lst), lst)
def growing():
    # the list grows while join consumes the generator that feeds it
    for word in lst:
        if len(lst) < 5:
            lst.append(word + "!")
        yield word
print("/".join(growing()), lst)
