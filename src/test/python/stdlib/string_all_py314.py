# Recorded with CPython 3.14: Formatter numbers {.attr} fields automatically and names the
# direction of a manual/automatic numbering switch (3.14).
import string

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "printable", "punctuation", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(all(name in string.__all__ for name in ["capwords", "Formatter", "Template", "digits"]))
print(string.capwords(" hello   wORLD  again "), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print(string.capwords("x--y", "-"), string.capwords("aBc dEF\tghi"))

# Template
T = string.Template
t = T("$who likes ${what}, $$5 and $who_else")
print(t.template, t.substitute(who="tim", what="ham", who_else="x"))
print(t.substitute({"who": "a", "what": "b"}, who_else="c"))
print(t.substitute({"who": "a", "what": "b", "who_else": "z"}, who_else="kw"))
print(t.safe_substitute(who="only"))
attempt("missing", t.substitute, who="x")
attempt("invalid", T("abc $ def").substitute)
attempt("invalid line", T("line one\nline $2 two").substitute, {})
attempt("invalid start", T("$").substitute)
attempt("invalid brace", T("x ${ y}").substitute)
print(T("abc $ def ${bad $ok").safe_substitute(ok="fine"))
print(T("$a$b${c}d").substitute(a=1, b=2.5, c=None))
print(T("$ascii_ünicode").safe_substitute(ascii_="X"))
print(T("$Upper $lower").substitute(Upper="U", lower="l"))
print(T("$a $b $a ${c} $$d $").get_identifiers(), T("$a $").is_valid(), T("$a $$").is_valid())
print(T("").substitute(), T("no placeholders").get_identifiers())
print(type(T.pattern).__name__, T.delimiter, T.idpattern, T.braceidpattern, T.flags)

class Percent(string.Template):
    delimiter = "%"
print(Percent("%x and %% and %{y}").substitute(x=1, y=2))

class Dotted(string.Template):
    idpattern = r"[a-z]+\.[a-z]+"
print(Dotted("$a.b and ${c.d}").substitute({"a.b": 1, "c.d": 2}))

class Braced(string.Template):
    braceidpattern = r"(?a:[_a-z][_a-z0-9 ]*)"
print(Braced("${with space} $plain").substitute({"with space": 1, "plain": 2}))

class CaseSensitive(string.Template):
    flags = 0
    idpattern = "[a-z]+"
print(CaseSensitive("$abc$ABC").safe_substitute(abc=1))

class Custom(string.Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      {(?P<braced>[a-z]+)} |
      (?P<invalid>)
    )
    """
print(Custom("@x @{y} @@").substitute(x=1, y=2))

class Broken(string.Template):
    pattern = r"\$(?P<named>[a-z]+)|(?P<other>%)"
attempt("broken sub", Broken("%").substitute)
attempt("broken safe", Broken("%").safe_substitute)
attempt("broken valid", Broken("%").is_valid)
attempt("broken ids", Broken("%").get_identifiers)

# Formatter
f = string.Formatter()
for s in ["a{{b}}c", "{}", "{0!r:>{1}}x", "{", "}", "a}b", "{0", "{0!", "{0!r", "{0!rr}",
          "{0!}", "{0[a:b]}", "{0[}", "{a.b[c]!s:d}", "{:{:{}}}", "{!r}", "x{0:{{}}}y",
          "{0:}", "{0.}", "{0[]}", "{0]x}", "{0[1]x}", "{0:{1!}}", "", "{{", "}}", "{{}}",
          "{a{b}", "{0!r}", "{}{}", "text", "{0:{}", "{:}}", "{x!s:}"]:
    attempt(repr(s), lambda: list(f.parse(s)))

class Obj:
    attr = "A"
    items = {"k": [10, 20]}

cases = [("{}{0}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{0.}", (1,), {}), ("{0[]}", ([1],), {}),
         ("{0[}", ([1],), {}), ("{0]x}", (1,), {}), ("{0[1]x}", ([1, 2],), {}),
         ("{:{:{:{}}}}", (1, 2, 3, 4), {}), ("{0[a:b]}", ({"a:b": 5},), {}), ("{0!x}", (1,), {}),
         ("{.real}", (3,), {}), ("{0[-1]}", ({"-1": "m"},), {}), ("{0[ 1]}", ({" 1": "s"},), {}),
         ("{00}", (7,), {}), ("{} {} {}", (1, 2, 3), {}), ("{:>{}}|", ("x", 5), {}),
         ("{o.attr} {o.items[k][1]} {o.items[k]!r:>12}", (), {"o": Obj}),
         ("{0!s} {0!r} {0!a}", ("é",), {}), ("{x:{w}.{p}f}", (), {"x": 3.14159, "w": 10, "p": 2}),
         ("{missing}", (), {}), ("{5}", (1,), {}), ("{0[0]}{}", ([9],), {}),
         ("{0.nope}", (1,), {}), ("{:d}", ("s",), {}), ("{0:{1}}", (1, "{}"), {})]
for fmt, args, kwargs in cases:
    attempt(repr(fmt), f.format, fmt, *args, **kwargs)
attempt("format kw format_string", f.format, "{format_string}", format_string=1)
print(f.vformat("{0}-{name}", (1,), {"name": "n"}))
print(f.get_field("0.real", (5,), {}), f.get_field("a[0]", (), {"a": "xyz"}))
print(f.get_value(0, ("v",), {}), f.get_value("k", (), {"k": "kv"}))
print(f.convert_field(1, None), f.convert_field("x", "r"), f.convert_field("é", "a"))
attempt("convert bad", f.convert_field, 1, "q")
print(f.format_field(3.5, "08.2f"), f.check_unused_args({0}, (1, 2), {}))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(map(str, unused))))
attempt("strict ok", Strict().format, "{0}{a}", 1, a=2)
attempt("strict unused", Strict().format, "{0}", 1, 2, b=3)

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Defaulting().format("{a} {b!u} {0:>3}", 7, a="x"))

class ListParse(string.Formatter):
    def parse(self, format_string):
        return [("lit:", "0", "", None), ("!", None, None, None)]
attempt("list parse", ListParse().format, "ignored", "arg")
