def counter():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("counter got", e)
            v = 100
        if v is None:
            return total
        total += v
g = counter()
print(next(g), g.send(5), g.send(7), g.throw(ValueError("reset")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(g.gi_suspended, g.gi_running, g.gi_yieldfrom)
def watcher():
    g = yield
    print("inside: running", g.gi_running, "suspended", g.gi_suspended)
    yield
w = watcher(); next(w); w.send(w)
def closing():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        return "close value"
c = closing(); next(c)
print("close returned", c.close(), c.close())
def stopper():
    yield 1
    raise StopIteration("bad")
try:
    list(stopper())
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)
def inner():
    x = yield "i1"
    print("inner received", x)
    return "inner done"
def outer():
    result = yield from inner()
    print("outer got", result)
    r2 = yield from [10, 20]
    print("list delegation returns", r2)
    return "outer done"
o = outer()
print(next(o), type(o.gi_yieldfrom).__name__)
print(o.send("hello"), type(o.gi_yieldfrom).__name__)
print(next(o))
try:
    next(o)
except StopIteration as e:
    print(e.value)
def thrower():
    try:
        yield
    except Exception as e:
        print("got", type(e).__name__, e.__traceback__ is not None)
        yield "after"
t = thrower(); next(t)
print(t.throw(KeyError("k")))
print(t.throw(TypeError, "msg") if False else "")
try:
    t.throw(5)
except TypeError as e:
    print(e)
fresh = counter()
try:
    fresh.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw propagates", e)
print(fresh.gi_suspended, list(fresh))
try:
    counter().send(1)
except TypeError as e:
    print(e)
ge = (x * x for x in range(4))
print(type(ge).__name__, ge.__name__, list(ge), list(ge))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")
gf = gen_with_finally(); next(gf); gf.close()
def ignore_exit():
    try:
        yield
    except GeneratorExit:
        pass
    yield "again"
ie = ignore_exit(); next(ie)
try:
    ie.close()
except RuntimeError as e:
    print(e)
