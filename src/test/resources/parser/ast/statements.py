import os
import os.path as osp, sys
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from .... import *
from __future__ import annotations
x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
a.b.c = 1
a[1][2] = 3
a.b[c].d = e
x += 1
x.y -= 2
x[0] **= 3
x //= 4; y @= 5; z >>= 6
x: int
x: int = 5
(y): str = "s"
a.b: list[int] = []
a[0]: int
del x
del x, y.z, w[0]
del (a, b), [c]
del (a)
pass
assert x
assert x, "msg"
global g
global g1, g2
def f():
    nonlocal a, b
    return
def g():
    return 1, 2
def h():
    return *a, *b
raise
raise E
raise E from e
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    pass
for a, b in c:
    pass
else:
    pass
for *a, b in c: pass
for x in *a, *b: pass
with a: pass
with a as b, c as d: pass
with (a as b, c as d,): pass
with (a, b): pass
with (yield): pass
with a as (b, c): pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E as e:
    pass
except* (F, G):
    pass
x = yield
x = yield from g
x = await y
print(1); print(2);
if x: a; b
