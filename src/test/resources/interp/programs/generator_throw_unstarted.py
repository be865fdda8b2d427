# throw() into a generator or coroutine that has not started: the exception leaves at once,
# with a traceback entry for the generator's frame on its def (or genexpr) line, no handler of the body
# applies (StopIteration is not converted), and the generator is finished.
import traceback, sys
def gen():
    try:
        yield 1
    except ValueError:
        print("caught inside")
        yield 2
for exc in [ValueError("v"), StopIteration("s"), KeyError("k")]:
    g = gen()
    try:
        print(g.throw(exc))
    except BaseException as e:
        print(type(e).__name__, e, e.__context__ is not None, e.__traceback__.tb_next is not None)
    print(g.gi_frame, g.gi_running, next(g, 'exhausted'))
async def co():
    return 1
c = co()
try: c.throw(ValueError("co"))
except ValueError: traceback.print_exc(file=sys.stdout)
def gen2():
    yield 1
g = gen2()
try: g.throw(ValueError("x"))
except ValueError as e:
    tb = e.__traceback__
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti); tb = tb.tb_next
g = gen2(); g.close(); print(g.gi_frame)
def gen():
    yield 1
g = gen()
try:
    g.throw(ValueError("x"))
except ValueError:
    traceback.print_exc(file=sys.stdout)
g2 = (_ for _ in ())
try:
    g2.throw(TypeError("y"))
except TypeError:
    traceback.print_exc(file=sys.stdout)
g3 = gen(); next(g3)
try:
    g3.throw(KeyError("z"))
except KeyError:
    traceback.print_exc(file=sys.stdout)
