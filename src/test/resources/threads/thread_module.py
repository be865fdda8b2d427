import _thread, time

l = _thread.allocate_lock()
print(type(l), repr(l).split(" object")[0], l.acquire(), repr(l).split(" object")[0], l.locked())
l.release()
print(_thread.LockType is type(l), _thread.error is RuntimeError, _thread.TIMEOUT_MAX)
for f in [lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(True, -2),
          lambda: l.acquire(timeout=1e20), lambda: _thread.stack_size(100),
          lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(print, []),
          lambda: _thread.start_new_thread(print, (), 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(_thread.stack_size(), _thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0))

r = _thread.RLock()
print(repr(r).split(" at ")[0])
r.acquire(); r.acquire()
print(r._recursion_count(), r._is_owned(), repr(r).split(" owner=")[0])
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

done = _thread.allocate_lock()
done.acquire()
res = []
def work(n, k=0):
    res.append((n + k, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1,), {'k': 5})
done.acquire()
print(res, isinstance(ident, int), ident != main_ident)

# an exception in a thread started by start_new_thread is reported, the program goes on
def bad():
    raise ValueError("boom")
_thread.start_new_thread(bad, ())
time.sleep(0.3)
def quiet_exit():
    raise SystemExit
_thread.start_new_thread(quiet_exit, ())
time.sleep(0.1)

loc = _thread._local()
loc.x = 1
def see():
    res.append(hasattr(loc, 'x'))
    loc.x = 2
    res.append(loc.x)
    done.release()
_thread.start_new_thread(see, ())
done.acquire()
print(res[-2:], loc.x, sorted(loc.__dict__))
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
del loc.x
try:
    loc.x
except AttributeError as e:
    print("AttributeError", e)

with l:
    print(l.locked())
print(l.locked(), l.acquire(timeout=0.01), l.acquire(timeout=0.01), l.acquire(blocking=False))
l.release()
# a lock released by another thread than the one that took it (allowed for plain locks)
l.acquire()
_thread.start_new_thread(l.release, ())
print(l.acquire(timeout=5))
print(_thread._count() >= 0, _thread.daemon_threads_allowed())
