# s[i] on an exact str with an int index, run often enough to specialize (BINARY_OP_SUBSCR_STR_INT):
# negative indexes, the ends, out of range, huge ints, bools, astral and Latin-1 characters, and
# the same site then seeing a str subclass and a list.
class S(str):
    def __getitem__(self, index):
        return "S[" + str(index) + "]"


def item(s, i):
    return s[i]


text = "a\xe9\u2603\U0001f600z"
for round_number in range(3):
    out = []
    for i in range(-len(text), len(text)):
        out.append(item(text, i))
    print(round_number, [hex(ord(c)) for c in out], item(text, 0) is item("abc", 0))
for bad in (5, -6, 2 ** 70, -(2 ** 70)):
    try:
        item(text, bad)
    except IndexError as e:
        print("IndexError", e)
print(item(text, True), item(text, False), item(S("xyz"), 1), item([10, 20], -1))
try:
    item(text, 1.0)
except TypeError as e:
    print("TypeError", e)
print(item("", 0) if False else "empty ok")
try:
    item("", 0)
except IndexError as e:
    print("IndexError", e)
