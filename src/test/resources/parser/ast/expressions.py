a or b or c
a and b and c
a or b and c
not a
not not a
a < b <= c > d >= e == f != g
a in b not in c is d is not e
a | b ^ c & d << e >> f
a + b - c * d / e // f % g @ h
-a + +b - ~c
a ** b ** c
-a ** -b
await a ** b
a.b.c
a[b]
a[b, c]
a[b:c]
a[b:c:d]
a[:]
a[::]
a[::2]
a[1:2, 3:4]
a[*b]
a[b, *c]
a[(yield)]
f()
f(a, b)
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(a=1, *b)
f(x for x in y)
f(a, (x for x in y))
f(x := 1)
f(a)(b)(c)
f(a,)
a if b else c
a if b else c if d else e
lambda: a if b else c
(x := 5)
[y := 1, y ** 2]
x = (y := 1)
(a)
(a, b)
(a,)
()
[]
[a, b, *c]
{}
{a: b, **c, d: e}
{a, b, *c}
[x for x in y]
[x for x in y if x if z for w in x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[(a, b) for a, b in c]
[x async for x in y]
...
None
True
False
a[...]
x = *a, b
x = a,
x.y.z()[0].w
print(*a, sep="")
(yield)
(yield x)
(yield from x)
