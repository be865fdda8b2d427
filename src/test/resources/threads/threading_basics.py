import threading, time

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.Lock, type(threading.RLock()), threading.TIMEOUT_MAX)

results = []
lock = threading.Lock()
def work(n, scale=1):
    with lock:
        results.append(n * scale)

ts = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10}) for i in range(5)]
print([t.name for t in ts])
print(repr(ts[0]).split(',')[1])
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), [t.is_alive() for t in ts])
print(repr(ts[0]).startswith("<Thread(Thread-1 (work), stopped "))
try:
    ts[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

class Worker(threading.Thread):
    def __init__(self, out):
        super().__init__(name="custom")
        self.out = out
    def run(self):
        self.out.append(threading.current_thread().name)
out = []
w = Worker(out); w.start(); w.join(); print(out, w.daemon)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, d.name)
d.start(); d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition / producer-consumer
cond = threading.Condition()
items = []
def consumer(got):
    with cond:
        while not items:
            cond.wait()
        got.append(items.pop())
got = []
c = threading.Thread(target=consumer, args=(got,)); c.start()
time.sleep(0.01)
with cond:
    items.append("x")
    cond.notify()
c.join(); print(got)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore / BoundedSemaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Timer(0.01, e.set).start()
print(e.wait(5), e.is_set())
e.clear(); print(e.is_set())
t = threading.Timer(10, print, args=("never",)); t.start(); t.cancel(); t.join(); print("cancelled")

# Barrier
bar = threading.Barrier(3, action=lambda: order.append("action"))
order = []
def party(i):
    idx = bar.wait()
    with lock:
        order.append(idx)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(order[0], sorted(order[1:]), bar.broken, bar.n_waiting, bar.parties)
bar2 = threading.Barrier(2, timeout=0.01)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("broken", bar2.broken)
bar2.reset(); print(bar2.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

# RLock
r = threading.RLock()
with r:
    with r:
        print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# local
loc = threading.local()
loc.v = "main"
seen = []
def look():
    seen.append(getattr(loc, "v", "absent"))
    loc.v = "worker"
    seen.append(loc.v)
th = threading.Thread(target=look); th.start(); th.join()
print(seen, loc.v)
class MyLocal(threading.local):
    def __init__(self, n):
        self.n = n
        self.inits = getattr(self, 'inits', 0) + 1
ml = MyLocal(7)
def look2():
    seen.append((ml.n, ml.inits))
    ml.n = 8
th = threading.Thread(target=look2); th.start(); th.join()
print(seen[-1], ml.n)

print(threading.active_count(), len(threading.enumerate()), threading.get_ident() == threading.main_thread().ident)
print(threading.current_thread().ident == threading.get_ident(), isinstance(threading.get_native_id(), int))
def idle(): time.sleep(0.05)
late = threading.Thread(target=idle, name="late"); late.start()
print(late in threading.enumerate(), late.is_alive())
late.join(0.001)
late.join()
print(late.is_alive())
