f"{'a' 'b'}"
f"{"nested"}"
f"{f"{f"{x}"}"}"
f"\N{GREEK SMALL LETTER ALPHA}{x}\N{BULLET}"
f"{x:{{}}>10}" if 0 else 0
f"{x!r:^{w}.{p}f} and {y=:>5} and {z = !a}"
f"""
  {x
   + y}
  {
    z
  }
"""
rf"\{x}\\{y}"
fr'{x}\n'
f"é{x}ü{y}日本"
x = f"{x=}" f"{y=}"
f"{x}{y}"
f"{x}" "" f"" ""
b"" b""
"" ""
u"" ""
f"{x:{y}{z}}"
f"{'''a
b'''}"
f"{x:%H:%M}"
f"{d['k']!s:>{10}}"
f"{ {'a': 1}['a'] }"
f"{(x := 1)}"
f"{x,}"
f"{*a,}"
f"{x if y else z}"
f"{await x}" if 0 else 0
f"a\
b{x}"
"a\
b"
'\t\101\x42\u0043\U00000044'
b'\t\101\x42'
'''\
'''
x = ("a"
     "b"
     f"{c}")
def f():
    return f"{x=}" f"{yield}"
