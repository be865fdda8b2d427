# gi_frame, gi_running, gi_suspended, gi_yieldfrom, cr_frame, cr_await
import sys


def gen():
    me = sys._getframe()
    print("running inside:", g.gi_running, me is g.gi_frame, me.f_back.f_code.co_name)
    x = yield 1
    print("got", x)
    yield 2


g = gen()
print("created:", g.gi_running, g.gi_suspended, g.gi_frame.f_code.co_name, g.gi_frame.f_back)
print("first line:", g.gi_frame.f_lineno)
print(next(g))
print("suspended:", g.gi_suspended, g.gi_running, g.gi_frame.f_back, g.gi_frame.f_lineno)
print("frame locals:", sorted(g.gi_frame.f_locals))
print(g.send("hello"))
try:
    g.gi_frame.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
for _ in g:
    pass
print("finished:", g.gi_frame, g.gi_suspended, g.gi_running)

fresh = gen()
fresh.gi_frame.clear()
print("cleared before start:", list(fresh))


def inner():
    yield "a"
    yield "b"
    return "done"


def delegating():
    result = yield from inner()
    yield result


d = delegating()
print("before:", d.gi_yieldfrom)
print(next(d), type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_frame.f_back)
print(next(d), d.gi_yieldfrom.__name__)
print(next(d), d.gi_yieldfrom)
d.close()
print("closed:", d.gi_frame, d.gi_yieldfrom)


def plain():
    yield 1


p = plain()
next(p)
print("plain yield:", p.gi_yieldfrom)


class Awaitable:
    def __await__(self):
        yield "suspended"
        return 5


async def coro():
    value = await Awaitable()
    return value


c = coro()
print("coroutine:", type(c.cr_frame).__name__, c.cr_running, c.cr_suspended, c.cr_await)
print(c.send(None), type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("returned:", e.value, c.cr_frame, c.cr_await)
