# threading.Condition's __enter__/__exit__/notify/notify_all (Java in Ember) with every kind of
# lock, subclasses that override the hooks, error messages, and queue.Queue built on them.
import threading
import queue
import time


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for make in (threading.Lock, threading.RLock, None):
    cond = threading.Condition(make() if make else None)
    with cond as entered:
        print("entered", entered, cond._is_owned())
        cond.notify()
        cond.notify(0)
        cond.notify(5)
        cond.notify_all()
        cond.notifyAll()
        print("wait(0)", cond.wait(0), "wait(0.01)", cond.wait(0.01))
    print("outside owned", cond._is_owned())
    show("notify outside", cond.notify)
    show("notify_all outside", cond.notify_all)
    show("wait outside", cond.wait)

# exit returns what the lock's __exit__ returns, and does not swallow exceptions
cond = threading.Condition(threading.Lock())
print("exit result", cond.__enter__(), cond.__exit__(None, None, None))
try:
    with cond:
        raise KeyError("inside")
except KeyError as e:
    print("propagated", repr(e), "lock free", not cond._lock.locked())
show("exit unlocked", lambda: cond.__exit__(None, None, None))
show("enter with an argument", lambda: cond.__enter__(1))
cond.acquire()
show("notify(1, 2)", lambda: cond.notify(1, 2))
show("notify(m=1)", lambda: cond.notify(m=1))
show("notify(1, n=2)", lambda: cond.notify(1, n=2))
show("notify(n=0)", lambda: cond.notify(n=0))
show("notify_all(1)", lambda: cond.notify_all(1))
show("__exit__(x=1)", lambda: cond.__exit__(x=1))
show("__exit__()", lambda: cond.__exit__())
show("notify(n='x')", lambda: (cond.acquire(), cond.notify('x'))[1])
cond.release()


class LoggingLock:
    """Any object with the lock protocol serves a Condition."""

    def __init__(self):
        self.inner = threading.Lock()
        self.log = []

    def acquire(self, blocking=True, timeout=-1):
        self.log.append("acquire")
        return self.inner.acquire(blocking, timeout)

    def release(self):
        self.log.append("release")
        self.inner.release()

    def __enter__(self):
        self.log.append("enter")
        return self.inner.__enter__()

    def __exit__(self, *args):
        self.log.append("exit%d" % len(args))
        return self.inner.__exit__(*args)


lock = LoggingLock()
cond = threading.Condition(lock)
with cond:
    cond.notify()
print("custom lock log", lock.log)


class CountingCondition(threading.Condition):
    notified = 0

    def notify(self, n=1):
        self.notified += 1
        super().notify(n)


cond = CountingCondition(threading.Lock())
with cond:
    cond.notify_all()
    cond.notify(2)
print("subclass notify calls", cond.notified)


class AlwaysOwned(threading.Condition):
    def _is_owned(self):
        return True


cond = AlwaysOwned(threading.Lock())
show("subclass _is_owned", lambda: cond.notify())

# waiters are woken oldest first, n at a time
cond = threading.Condition()
woken = []


def waiter(name):
    with cond:
        cond.wait()
        woken.append(name)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for i, t in enumerate(threads):
    t.start()
    while True:
        with cond:
            if len(cond._waiters) == i + 1:
                break
        time.sleep(0.001)
with cond:
    cond.notify(2)
time.sleep(0.05)
with cond:
    print("after notify(2)", sorted(woken), "waiting", len(cond._waiters))
    cond.notify_all()
for t in threads:
    t.join()
print("all woken", sorted(woken))

# wait_for with a predicate and a timeout
cond = threading.Condition()
state = []
t = threading.Thread(target=lambda: (time.sleep(0.02), cond.acquire(), state.append(1), cond.notify(), cond.release()))
t.start()
with cond:
    print("wait_for", cond.wait_for(lambda: state, timeout=5))
    print("wait_for timeout", cond.wait_for(lambda: False, timeout=0.01))
t.join()

# queue.Queue end to end: bounded, several producers and consumers, join/task_done
work = queue.Queue(maxsize=3)
results = queue.Queue()


def consume():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        results.put(item * item)
        work.task_done()


consumers = [threading.Thread(target=consume) for _ in range(3)]
for t in consumers:
    t.start()
for i in range(200):
    work.put(i)
work.join()
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
total = 0
while not results.empty():
    total += results.get_nowait()
print("queue total", total, sum(i * i for i in range(200)))
show("get_nowait empty", results.get_nowait)
full = queue.Queue(1)
full.put(1)
show("put_nowait full", lambda: full.put_nowait(2))
show("put timeout", lambda: full.put(2, timeout=0.01))
show("negative timeout", lambda: full.put(2, timeout=-1))
show("task_done too often", lambda: (full.task_done(), full.task_done()))
print("qsize", full.qsize(), "full", full.full(), "empty", full.empty())
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for i in (3, 1, 2):
    lifo.put(i)
    prio.put(i)
print("lifo", [lifo.get() for _ in range(3)], "prio", [prio.get() for _ in range(3)])


# Queue's storage methods with a store that is not a deque, and a subclass overriding one
class ListStore(list):
    def popleft(self):
        return self.pop(0)


class ListQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = ListStore()


class DoublingQueue(queue.Queue):
    def _put(self, item):
        super()._put(item * 2)


for cls in (ListQueue, DoublingQueue):
    q = cls()
    for i in range(4):
        q.put(i)
    print(cls.__name__, q.qsize(), type(q.queue).__name__, [q.get() for _ in range(4)], q._qsize())
q = queue.Queue()
show("_get on empty", q._get)
q.queue = None
show("_qsize without a store", q._qsize)
show("_put without a store", lambda: q._put(1))

# Queue.put/get/task_done: the blocking calls and every other form, argument errors, shutdown
q = queue.Queue(2)
q.put("a")
q.put(item="b")
show("put full, no wait", lambda: q.put("c", False))
show("put full, timeout", lambda: q.put("c", True, 0.01))
show("put()", lambda: q.put())
show("put(x=1)", lambda: q.put(x=1))
show("put 4 args", lambda: q.put(1, True, None, 4))
print("get", q.get(), q.get(block=True), q.qsize())
show("get empty, no wait", lambda: q.get(False))
show("get empty, timeout", lambda: q.get(timeout=0.01))
show("get(1, 2, 3)", lambda: q.get(1, 2, 3))
show("task_done(1)", lambda: q.task_done(1))
q.task_done()
q.task_done()
show("task_done once more", q.task_done)
q.put("x")
q.shutdown()
show("put after shutdown", lambda: q.put("y"))
print("get after shutdown", q.get())
show("get shut and empty", q.get)
q = queue.Queue()
q.shutdown(immediate=True)
show("get after immediate shutdown", q.get)

# a Queue whose conditions were swapped for subclasses and one on an RLock keep working
class CountingCondition2(threading.Condition):
    entered = 0
    def __enter__(self):
        CountingCondition2.entered += 1
        return super().__enter__()
q = queue.Queue()
q.not_empty = CountingCondition2(q.mutex)
q.put(1)
print("swapped condition", q.get(), CountingCondition2.entered > 0)
q = queue.Queue(1)
q.mutex = threading.RLock()
q.not_empty = threading.Condition(q.mutex)
q.not_full = threading.Condition(q.mutex)
q.all_tasks_done = threading.Condition(q.mutex)
with q.mutex:
    q.put(5)    # an RLock may be taken again by its owner
    print("rlock queue", q.get())
q.task_done()

# a producer blocked on a full queue is woken by get(); a consumer blocked on an empty one by put()
q = queue.Queue(1)
order = []
def slow_producer():
    for i in range(5):
        q.put(i)
        order.append(("put", i))
producer = threading.Thread(target=slow_producer)
producer.start()
got = [q.get() for _ in range(5)]
producer.join()
print("handoff", got, len(order))
def waiter_get():
    order.append(("got", q.get()))
consumer = threading.Thread(target=waiter_get)
consumer.start()
time.sleep(0.02)
q.put("late")
consumer.join()
print("woken consumer", order[-1])
print("unfinished", q.unfinished_tasks)
