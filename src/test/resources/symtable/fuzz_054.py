async def f1[U](a: c, b):
    y = await (a for T in b)
    __p = [a async for c in __p]
    b = (__p + (c + b))
    x = __class__
print(__class__)
import m.y as b
if (T + b):
    b: int
