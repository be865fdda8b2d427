import sys
# exceptions inside coroutines: context, handled-exception state across suspension
class Tick:
    def __await__(self):
        yield
async def inner():
    try:
        raise KeyError("inner")
    except KeyError:
        await Tick()
        print("after await, handling:", repr(sys.exception()))
        raise ValueError("from inner")
async def outer():
    try:
        await inner()
    except ValueError as e:
        print("outer caught", repr(e), "context", repr(e.__context__))
        return "ok"
co = outer()
co.send(None)
print("between steps:", repr(sys.exception()))
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
try:
    raise IndexError("outside")
except IndexError:
    print(next(g))
    print(repr(sys.exception()))
print(next(g))
async def raises_stop():
    raise StopIteration("x")
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))
async def agen_stop():
    yield 1
    raise StopAsyncIteration
async def drive():
    try:
        async for x in agen_stop():
            print("item", x)
    except RuntimeError as e:
        print(e)
try:
    drive().send(None)
except StopIteration:
    pass
