# Generators resumed inline by the dispatch loop (FOR_ITER_GEN, SEND_GEN): the caller's
# exception state, f_back, tracebacks, recursion depth, close/throw, gi_frame after warm-up.
import sys
def gen(n):
    for i in range(n):
        yield i
def outer(n):
    for x in gen(n):
        yield x * 2
print(sum(outer(10)), list(outer(5)))
total = 0
for v in outer(100000):
    total += v
print(total)
def bad():
    yield 1
    raise ValueError("boom")
try:
    for x in bad():
        print("got", x)
except ValueError as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
def stop():
    yield 1
    raise StopIteration
try:
    for x in stop(): pass
except RuntimeError as e:
    print("RT", e, type(e.__cause__))
def frames():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name
def caller():
    return [x for x in frames()] 
print(caller())
g = frames()
for x in g:
    print(x, g.gi_running, g.gi_frame.f_lineno)
print(g.gi_frame)
def exc_in_gen():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exception()
        yield sys.exception()
try:
    raise IndexError(2)
except IndexError:
    for e in exc_in_gen():
        print(repr(e), repr(sys.exception()))
    print(repr(sys.exception()))
def rec(n):
    if n == 0:
        yield 0
        return
    for x in rec(n - 1):
        yield x + 1
print(list(rec(50)))
try:
    list(rec(5000))
except RecursionError as e:
    print("RecursionError", e)
def selfref():
    for x in g2:
        yield x
g2 = selfref()
try:
    for x in g2: pass
except ValueError as e:
    print(e)
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    return x + y
def outer2():
    r = yield from inner()
    print("returned", r)
    yield r
g = outer2()
print(next(g), g.send(10), g.send(20))
print(g.gi_yieldfrom)
def deleg():
    yield from range(3)
    yield from [7, 8]
    yield from (x for x in "ab")
print(list(deleg()))
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("inner caught", repr(e))
        yield 5
def outer3():
    yield from thrower()
g = outer3()
print(next(g), g.throw(KeyError(3)))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame.f_lineno, g.gi_frame.f_lineno)
import asyncio
async def leaf(x):
    await asyncio.sleep(0)
    return x * 2
async def mid(x):
    return await leaf(x) + await leaf(x + 1)
async def main():
    r = await asyncio.gather(mid(1), mid(2))
    print("gather", r)
    try:
        await bad_coro()
    except ValueError as e:
        print("coro error", e)
async def bad_coro():
    await asyncio.sleep(0)
    raise ValueError("cv")
asyncio.run(main())
def gen_exc():
    try:
        yield sys.exception()
    finally:
        print("finally", sys.exception())
try:
    raise TypeError("t")
except TypeError:
    def d():
        yield from gen_exc()
    for e in d():
        print("gen sees", repr(e))
def sub_raise():
    yield 1
    raise StopIteration("x")
def dd():
    yield from sub_raise()
try:
    list(dd())
except RuntimeError as e:
    print("RT", e)

# warm the FOR_ITER_GEN / SEND_GEN sites so that the specialized forms run
def counter(n):
    for i in range(n):
        yield i
def relay(n):
    yield from counter(n)
def consume(n):
    total = 0
    for v in relay(n):
        total += v
    return total
print([consume(k) for k in range(8)], consume(1000))

def locals_gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
g = locals_gen(3)
for x in g:
    print(x, sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_back, g.gi_running)

def back_names():
    for _ in range(2):
        f = sys._getframe(1)
        yield (f.f_code.co_name, f.f_lineno)
def via_loop():
    out = []
    for item in back_names():
        out.append(item)
    return out
def via_yield_from():
    yield from back_names()
print(via_loop(), list(via_yield_from()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally", repr(sys.exception()))
def drive_close():
    c = closer()
    for x in c:
        print("got", x)
        break
    c.close()
drive_close()
gc = closer()
for x in gc:
    gc.close()
    print("closed inside loop", x, gc.gi_frame)

def rethrow_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
try:
    for x in rethrow_in_finally():
        pass
except KeyError as e:
    print("finally raised", repr(e), e.__context__)

def depth(n):
    if n:
        yield from depth(n - 1)
    else:
        yield len(__import__("traceback").extract_stack())
base = len(__import__("traceback").extract_stack())
print("stack depth seen", next(depth(30)) - base)
sys.setrecursionlimit(120)
def deep(n):
    for x in deep(n + 1):
        yield x
    yield n
try:
    next(deep(0))
except RecursionError as e:
    print("deep", type(e).__name__)
sys.setrecursionlimit(1000)
print(list(rec(50))[0])

def tb_gen():
    yield 1
    raise ValueError("tb")
def tb_outer():
    for x in tb_gen():
        yield x
try:
    for x in tb_outer():
        pass
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

# A site specializes on its third execution: each case below runs its loop several times, so
# that the later resumptions take the inline path.
def exc_state_gen():
    try:
        raise KeyError(1)
    except KeyError:
        for _ in range(4):
            yield sys.exception()
def exc_state_main():
    try:
        raise IndexError(2)
    except IndexError:
        for e in exc_state_gen():
            print(repr(e), repr(sys.exception()))
        print("after", repr(sys.exception()))
    print("outside", sys.exception())
exc_state_main()

def raises_late(n):
    for i in range(n):
        yield i
    raise LookupError("late %d" % n)
def catch_late():
    for n in (3, 4):
        try:
            for x in raises_late(n):
                print("item", x, sys.exception())
        except LookupError as e:
            print("caught", e, repr(e.__context__), sys.exception())
try:
    raise OSError("outer")
except OSError:
    catch_late()

def sender():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def delegating():
    result = yield from sender()
    yield "done %d" % result
def drive_send():
    g = delegating()
    out = [next(g)]
    for v in range(1, 6):
        out.append(g.send(v))
    out.append(g.send(None))
    print(out, g.gi_frame.f_lineno)
drive_send()

def stop_late():
    for i in range(4):
        yield i
    raise StopIteration("inner")
def via_stop():
    try:
        for x in stop_late():
            pass
    except RuntimeError as e:
        print("converted", e, repr(e.__cause__))
via_stop()

def lines_gen():
    for i in range(4):
        yield sys._getframe(1).f_lineno
def lines_loop():
    seen = []
    for v in lines_gen():
        seen.append(v)
        seen.append(sys._getframe().f_lineno)
    return seen
print(lines_loop())
