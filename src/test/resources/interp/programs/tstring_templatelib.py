# The string.templatelib module. Ember's `string` package needs `re` (for string.Template),
# which is not part of Ember yet: a minimal stand-in is installed first, and CPython ran this
# program with the same stand-in, so only string.templatelib itself is under test.
import sys
stand_in = type(sys)("re")
stand_in.IGNORECASE, stand_in.VERBOSE = 2, 64
stand_in.escape = lambda s: s
stand_in.compile = lambda pattern, flags=0: pattern
sys.modules["re"] = stand_in

from string.templatelib import Template, Interpolation, convert
import string.templatelib as templatelib
print(Template is type(t""), Interpolation is type(t"{0}".interpolations[0]))
print(Template.__module__, Interpolation.__module__, templatelib.__name__)
print(sorted(n for n in templatelib.__dict__ if not n.startswith("_")))
print(convert(5, None), convert("x", "r"), convert("é", "a"), convert(1.5, "s"))
for bad in ("x", "", 3):
    try:
        convert(1, bad)
    except ValueError as e:
        print("ValueError", e)
try:
    convert(1, conversion=None, obj=2)
except TypeError as e:
    print("TypeError")
name = "world"
def render(template):
    parts = []
    for item in template:
        if isinstance(item, Interpolation):
            parts.append(format(convert(item.value, item.conversion), item.format_spec))
        else:
            parts.append(item)
    return "".join(parts)
print(render(t"hello {name!r:>9} {3.14159:.2f}"))
print(render(Template("a", Interpolation(1, "one", "r", "03"), "b")) if False else render(Template("a", Interpolation(7, "seven", None, "03"), "b")))
