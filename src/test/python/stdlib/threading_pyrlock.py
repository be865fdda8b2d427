# threading._PyRLock (the pure-Python reentrant lock): reentrancy, ownership errors, timeouts,
# use under a Condition, and mutual exclusion between threads.
import threading

lock = threading._PyRLock()
print(lock.acquire(), lock.acquire(), lock._recursion_count(), lock._is_owned())
lock.release()
print(lock._recursion_count())
lock.release()
print(lock._recursion_count(), lock._is_owned())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(lock).startswith("<unlocked threading._RLock object owner=None count=0 at 0x"))

with lock:
    result = []
    t = threading.Thread(target=lambda: result.append((lock.acquire(timeout=0.05), lock.acquire(False))))
    t.start()
    t.join()
    print("other thread while held:", result)
    def release_from_other():
        try:
            lock.release()
        except RuntimeError as e:
            result.append(str(e))
    t = threading.Thread(target=release_from_other)
    t.start()
    t.join()
    print(result[-1])

cond = threading.Condition(threading._PyRLock())
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        items.append("consumed")


t = threading.Thread(target=consumer)
t.start()
with cond:
    with cond:  # reentrant: wait() must give up both levels
        items.append("made")
        cond.notify()
t.join()
print(items)

counter = [0]
shared = threading._PyRLock()


def work():
    for _ in range(2000):
        with shared:
            with shared:
                counter[0] += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0], shared.acquire(False))

# threading._dangling (test.support's leak check) holds the Thread objects made since.
dangling = threading._dangling
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print(t in threading._dangling, dangling is threading._dangling)
