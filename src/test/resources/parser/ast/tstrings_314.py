t''
t'plain'
t'{x}'
t'a{x}b{y!r}c{z:>10}'
t'{x=}'
t'{ x = }'
t'{x = !s:^5}'
t'{ y }'
t'{x:{w}.{p}}'
t'a' t'b{x}' t'c'
t'{{literal}}'
rt'\n{x}'
t'{"s"}'
t'{x!a}' t''
t'''multi
{line}'''
try:
    pass
except ValueError, TypeError:
    pass
try:
    pass
except* A, B:
    pass
f"{x:\N{BULLET}>10}"
f"{x:a\N{BULLET}b\N{BULLET}c}"
f"{x:>10\N{BULLET}}"
t"{x:\N{BULLET}>10}"
f"{x=!r:}"
t"{x=!r:>{y}}"
def g():
    t"{yield}"
f"""{x#
}"""
f"{x:=1}"
f"{(x:=1)}" f"{x=:=}"
x = 0x_1
[x := 1 for x in y]
a[x := 1] = 2
t"{x:{y!r}}"
t"{x!s:{y}>{z}}"
