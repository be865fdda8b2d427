# str.isdigit/isalpha/isspace/isalnum/isascii (a plain loop over code points now) on empty,
# ASCII, Latin-1, BMP and astral text; and dict/set lookups with equal int keys that are
# distinct objects (compared directly now), bools, floats and int subclasses.
samples = ["", " ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0", "a", "Z", "_", "0", "9", "123",
           "12a", "abc", "ab c", "\u00e9t\u00e9", "\u0660\u0661", "\u00b2", "\u2155", "\u216b",
           "\U0001d7d8", "\U0001F600", "\U00010400x", "\u3000", "\u2028", "x\u0301", "\ufeff",
           "\ud800", "A1b2", "\u01c5", "\u0130", "\x00"]
for s in samples:
    print(ascii(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isascii(),
          s.isdecimal(), s.isnumeric())

big = 10 ** 6
d = {big: "million", 257: "a", 2 ** 70: "huge", True: "bool", -300: "neg"}
print(d[999999 + 1], d[256 + 1], d[2 ** 70], d[1], d[-299 - 1], (10 ** 6 + 0) in d, 258 in d)
d[1.0] = "float one"
print(d[True], len(d))
d[1000000.0] = "float million"
print(d[big], len(d))
counts = {}
for i in range(2000):
    k = (i * 7919) % 1000 + 300
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts[300], sum(counts.values()))

class Weird(int):
    def __eq__(self, other):
        print("Weird.__eq__", int(self), other)
        return int(self) == other
    __hash__ = int.__hash__

w = {Weird(500): "w"}
print(w[500], 500 in w)
print({500: "plain"}[Weird(500)])
s = {big, 2 ** 65, 400}
print(999999 + 1 in s, 2 ** 65 in s, 401 in s, 400.0 in s, Weird(400) in s)
s.add(10 ** 6)
print(len(s), sorted(s))
