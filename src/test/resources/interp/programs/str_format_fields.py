# str.format/format_map field errors and str subclasses: a "{" in a field name, positional
# fields in format_map, and an empty spec formatting a str subclass through its __str__.
class S(str):
    def __str__(self):
        return 'str overridden'
class Plain(str):
    pass
s = S('xxx')
print("{}".format(s), "{:}".format(s), "{:5}|".format(s), "%s" % s, f"{s}", format(s), format(s, ''))
print(type("{}".format(Plain('p'))).__name__, "{}".format(Plain('p')), format(Plain('q'), '>3'))
cases = ['"{a{}b}".format(42)', '"{a{b}".format(42)', '"{a{b}}".format(a=1)', '"{a{b".format(42)',
         '"{[{}]}".format({"{}": 5})', '"{0[{]}".format({"{": 6})', '"{}".format_map({"a": 2})',
         '"{a} {}".format_map({"a": 2, "b": 1})', '"{0}".format_map(["x"])', '"{a}-{b.real}".format_map({"a": 1, "b": 2j})',
         '"x{a:{w}}y".format_map({"a": 3, "w": 4})', '"{a:{}}".format_map({"a": 3})']
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)

# str()'s argument-count errors: too many positional arguments is checked first.
for call in ["str(1, 2, 3, 4)", "str('a', 'b', 'c', x=1)", "str(b'a', 'ascii', 'strict')"]:
    try:
        print(call, '->', repr(eval(call)))
    except TypeError as e:
        print(call, '->', 'TypeError', e)
