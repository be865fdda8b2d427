Template = type(t"")
Interpolation = type(t"{0}".interpolations[0])
def convert(obj, conversion):
    return {None: obj, "s": str(obj), "r": repr(obj), "a": ascii(obj)}[conversion] if conversion in (None, "s", "r", "a") else (_ for _ in ()).throw(ValueError(f"invalid conversion specifier: {conversion}"))
x = 3
name = "world"
t = t"a{x}b{x+1!r:>4}c{name=}"
print(type(t), type(t).__module__)
print(repr(t))
print(t.strings, t.values)
print(t.interpolations)
print(list(t))
i = t.interpolations[1]
print(i.value, i.expression, i.conversion, i.format_spec, repr(i))
match i:
    case Interpolation(value, expr, conv, spec):
        print("matched", value, expr, conv, spec)
print(Interpolation.__match_args__)
e = t""
print(repr(e), e.strings, list(e))
print(repr(t"{x}{x}"), t"{x}{x}".strings)
u = t + t"!{x:{name}}"
print(repr(u))
print(repr(Template("a", "b", Interpolation(1, "one"), Interpolation(2, "two", "s", "x"), "c")))
print(repr(Template()))
for bad in (lambda: t + "s", lambda: "s" + t, lambda: 1 + t, lambda: Template(1), lambda: Interpolation(1, 2), lambda: Interpolation(1, "e", "q")):
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(convert(3, None), convert("a", "r"), convert("é", "a"), convert(4, "s"))
try:
    convert(1, "x")
except ValueError as err:
    print(err)
def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(format(convert(part.value, part.conversion), part.format_spec))
    return "".join(out)
print(render(t"x={x:05d} name={name!r:>10}|"))
print(t"lit" == t"lit", hash(Interpolation(1, "a")) if False else "")
print(t.strings is t.strings, isinstance(t, Template))
print(Template.__name__, Interpolation.__name__, Template.__qualname__)
try:
    t.strings = ()
except AttributeError as err:
    print("AttributeError", err)
try:
    t.values = ()
except AttributeError as err:
    print("AttributeError", err)
print(repr(t"{'{'}" t"b"), repr(t"""{
x
}"""))
