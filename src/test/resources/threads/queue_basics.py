import queue, threading

q = queue.Queue(2)
q.put(1); q.put(2)
for attempt in [lambda: q.put(3, timeout=0.01), lambda: q.put(3, block=False), lambda: q.put_nowait(3)]:
    try:
        attempt()
    except queue.Full as e:
        print("Full", repr(e))
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print(repr(e))
print(q.qsize(), q.full(), q.empty(), q.get(), q.get_nowait(), q.empty())
for attempt in [lambda: q.get_nowait(), lambda: q.get(timeout=0.01), lambda: q.get(False)]:
    try:
        attempt()
    except queue.Empty as e:
        print("Empty", repr(e))
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(repr(e))
q.put("a")
q.shutdown()
try:
    q.put(1)
except queue.ShutDown as e:
    print("ShutDown", repr(e))
print(q.get())
try:
    q.get()
except queue.ShutDown as e:
    print("ShutDown on empty")
q2 = queue.Queue()
for i in range(3): q2.put(i)
q2.shutdown(immediate=True)
print(q2.qsize(), q2.unfinished_tasks)

print(queue.Empty.__mro__[1:], queue.Full.__mro__[1:], queue.ShutDown.__mro__[1:])
print(queue.Empty.__module__, queue.Full.__module__)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2)
print(sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(repr(e))

# producers/consumers with join/task_done
work = queue.Queue(maxsize=10)
total = []
lock = threading.Lock()
def consumer():
    s = 0
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        s += item
        work.task_done()
    with lock:
        total.append(s)
def producer(start):
    for i in range(start, start + 1000):
        work.put(i)
cs = [threading.Thread(target=consumer) for _ in range(3)]
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
for t in cs + ps: t.start()
for p in ps: p.join()
work.join()
for _ in cs: work.put(None)
for c in cs: c.join()
print(sum(total), sum(range(4000)), work.unfinished_tasks)

# a blocked get wakes on shutdown
q3 = queue.Queue()
res = []
def waiter():
    try:
        q3.get()
    except queue.ShutDown:
        res.append("woken by shutdown")
w = threading.Thread(target=waiter); w.start()
import time; time.sleep(0.02)
q3.shutdown(); w.join(); print(res)
