import concurrent.futures as cf
import threading, time

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("ValueError", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    print(sorted(f.result() for f in cf.as_completed([ex.submit(square, i) for i in range(6)])))
    done, not_done = cf.wait([ex.submit(square, 2), ex.submit(square, 3)])
    print(sorted(f.result() for f in done), not_done)
    # Events, not sleeps, hold the slow tasks back: the outcome must not depend on the machine's load
    gate = threading.Event()
    r = cf.wait([ex.submit(fail, 1), ex.submit(gate.wait)], return_when=cf.FIRST_EXCEPTION)
    print(len(r.done), type(r).__name__)
    r = cf.wait([ex.submit(gate.wait)], timeout=0.01)
    print(len(r.done), len(r.not_done))
    gate.set()
    r = cf.wait([ex.submit(time.sleep, 0.1), ex.submit(square, 1)], return_when=cf.FIRST_COMPLETED)
    print(len(r.done) >= 1)
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(8)))
    print(names)

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

# map with a timeout
with cf.ThreadPoolExecutor(1) as ex:
    gate = threading.Event()
    it = ex.map(lambda _: gate.wait(), [1, 2], timeout=0.05)
    try:
        list(it)
    except TimeoutError:
        print("map timed out")
    gate.set()

# as_completed timeout
with cf.ThreadPoolExecutor(1) as ex:
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    try:
        for f in cf.as_completed([slow], timeout=0.01):
            pass
    except TimeoutError as e:
        print("TimeoutError", e)
    gate.set()

# Future used directly
f = cf.Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.result(), calls, f.done())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = cf.Future()
print(g.cancel(), g.cancelled(), g.cancel())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")
print(g.set_running_or_notify_cancel())
h = cf.Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError from result")
late = []
h.set_exception(KeyError("k"))
h.add_done_callback(lambda fut: late.append(type(fut.exception()).__name__))
print(late, repr(h).split(" state=")[1])
print(repr(f).split(" state=")[1], repr(g).split(" state=")[1], repr(cf.Future()).split(" state=")[1])

# shutdown(cancel_futures=True)
ex = cf.ThreadPoolExecutor(1)
blocker = threading.Event()
running = threading.Event()
first = ex.submit(lambda: (running.set(), blocker.wait())[1])
rest = [ex.submit(square, i) for i in range(3)]
running.wait()   # the worker holds `first`: only the queued three can be cancelled
ex.shutdown(wait=False, cancel_futures=True)   # cancels the queued three before the worker is free
blocker.set()
print(first.result(), [r.cancelled() for r in rest])

try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError", e)
print(cf.CancelledError.__mro__[1].__name__, cf.TimeoutError is TimeoutError, cf.BrokenExecutor.__mro__[1].__name__)

# the interpreter waits for submitted work at exit
ex = cf.ThreadPoolExecutor(2)
ex.submit(lambda: (time.sleep(0.05), print("finished at exit")))
print("main done")
