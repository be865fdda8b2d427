"""Threads and synchronization primitives, written for Ember on top of _thread.

Ember has no GIL: every Thread is a Java platform thread running at the same time as the
others. The primitives below are built from _thread's lock (a one-permit semaphore) and RLock
(a Java ReentrantLock); Condition is the classic "one private lock per waiter" design, so every
other primitive inherits its fairness (none promised) and its timeouts.
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id',
           'getprofile', 'gettrace', 'setprofile_all_threads', 'settrace_all_threads']

_start_joinable_thread = _thread.start_joinable_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
Lock = _thread.LockType
_CRLock = _thread.RLock

# ---- tracing and profiling hooks: stored and handed back (Ember has no sys.settrace yet) ----

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Remember a trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    """Remember a profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)


def getprofile():
    return _profile_hook


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again; release it as often."""
    return _CRLock(*args, **kwargs)


class _RLock:
    """A reentrant lock written in Python on a plain lock (RLock() gives the _thread one; this
    one exists for code and tests that use threading._PyRLock)."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquires the lock (again, if this thread owns it); returns True once held."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1  # (CPython's Python RLock answers a re-acquire with 1, not True)
        acquired = self._block.acquire(blocking, timeout)
        if acquired:
            self._owner = me
            self._count = 1
        return acquired

    __enter__ = acquire

    def release(self):
        """Releases one level; the lock is free when every acquire has been released."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        """Whether some thread holds the lock."""
        return self._block.locked()

    # The protocol Condition uses to give up every level while waiting and take them back.
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# ---- Condition ----

class Condition:
    """A condition variable bound to a lock (a new RLock by default).

    Each waiter parks on a private lock that it holds once already, so a second acquire
    blocks; notify() releases some of those private locks.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # an RLock must give up every level while waiting; a plain lock uses the fallbacks below
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # a plain lock has no owner: "owned" means somebody holds it
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                self._forget(waiter)

    def _forget(self, waiter):
        for i in range(len(self._waiters)):
            if self._waiters[i] is waiter:
                del self._waiters[i]
                return

    def wait_for(self, predicate, timeout=None):
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        if not self._waiters:
            return      # the common case of a busy queue: nobody is waiting
        woken = 0
        while self._waiters and woken < n:
            waiter = self._waiters.pop(0)
            try:
                waiter.release()
                woken += 1
            except RuntimeError:
                pass    # that waiter timed out meanwhile

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


# __enter__, __exit__, notify and notify_all in Java (a Queue enters and notifies a condition on
# every put and get); the Python methods above say what they do and serve without _thread's help
if hasattr(_thread, '_condition_methods'):
    for _name, _method in _thread._condition_methods(Condition).items():
        setattr(Condition, _name, _method)
    del _name, _method

# ---- Semaphore, BoundedSemaphore ----

class Semaphore:
    """A counter of permits: acquire() takes one (waiting while there are none), release() returns n."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s at %#x: value=%d/%d>" %
                (cls.__module__, cls.__qualname__, id(self), self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event ----

class Event:
    """A flag threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self),
                                      'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout) or self._flag


# ---- Barrier ----

class BrokenBarrierError(RuntimeError):
    pass


# Barrier phases: threads arrive while FILLING, leave while DRAINING; RESETTING lets the
# waiters of an interrupted cycle leave with BrokenBarrierError; BROKEN is final until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets `parties` threads wait until all of them have arrived, then releases them together."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._await_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _await_filling(self):
        while self._phase in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._phase == _BROKEN:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._phase = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._phase in (_DRAINING, _RESETTING):
            self._phase = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ---- the thread registry ----

_counter_lock = _allocate_lock()
_counters = {}


def _newname(template):
    with _counter_lock:
        n = _counters.get(template, 0) + 1
        _counters[template] = n
    return template % n


_active_limbo_lock = RLock()
_active = {}      # ident -> running Thread
_limbo = {}       # Thread -> Thread, between start() and the thread's first instruction
_shutting_down = False
_threading_atexits = []


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when the interpreter shuts down, before joining threads."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


# ---- excepthook ----

class ExceptHookArgs(tuple):
    """What threading.excepthook receives: exc_type, exc_value, exc_traceback, thread."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs takes a 4-sequence (%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


excepthook = _thread._excepthook
__excepthook__ = _thread._excepthook


def _report_exception(thread, exc):
    hook = excepthook
    try:
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as failure:
        # the hook itself failed: say so, then print that failure alone
        failure.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            _thread._print_exception(failure, stderr)


# ---- Thread ----

# `_dangling`: every Thread object made and not yet garbage, for test.support's checks for
# threads left behind. Made on first access (module __getattr__ below): importing weakref here
# added ~5 ms to every `import threading` (best of 8: 23.4 -> 17.9 ms). Threads made before that
# access are not in it.
_dangling_threads = None


def __getattr__(name):
    global _dangling_threads
    if name == "_dangling":
        if _dangling_threads is None:
            from weakref import WeakSet
            _dangling_threads = WeakSet()
        return _dangling_threads
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

class Thread:
    """A thread of control: pass a target, or subclass and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None,
                 context=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._context = context
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._stderr = _sys.stderr
        self._initialized = True
        if _dangling_threads is not None:
            _dangling_threads.add(self)

    def __repr__(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() was not called")
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_done():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def _is_done(self):
        return self._handle is not None and self._handle.is_done()

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._handle is not None:
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            self._handle = _start_joinable_thread(self._bootstrap, daemon=self._daemonic)
        except BaseException:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # drop the references: a finished thread must not keep its arguments alive
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                _limbo.pop(self, None)
            self._started.set()
            try:
                if self._context is not None:
                    self._context.run(self.run)
                else:
                    self.run()
            except BaseException as exc:
                _report_exception(self, exc)
        finally:
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        self._handle.join(timeout)

    def is_alive(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._started.is_set() and not self._is_done()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThreadHandle:
    """The main thread's stand-in for a _ThreadHandle: done when the interpreter shuts down."""

    def __init__(self):
        self._done = _allocate_lock()
        self._done.acquire()
        self.ident = _thread._get_main_thread_ident()

    def is_done(self):
        return not self._done.locked()

    def join(self, timeout=None):
        if timeout is None:
            self._done.acquire()
            self._done.release()
        elif self._done.acquire(True, timeout) if timeout > 0 else self._done.acquire(False):
            self._done.release()

    def _set_done(self):
        if self._done.locked():
            self._done.release()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._handle = _MainThreadHandle()
        self._ident = self._handle.ident
        self._native_id = self._ident
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that threading did not start (one from _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


# ---- module-level functions ----

def current_thread():
    """The Thread object of the calling thread (a dummy one for threads threading did not start)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    """The Thread objects alive now: started ones and those being started."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Called by the interpreter at exit: runs _register_atexit calls, then joins non-daemon threads."""
    global _shutting_down
    _shutting_down = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    _main_thread._handle._set_done()
    me = current_thread()
    while True:
        with _active_limbo_lock:
            waiting = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not me and t is not _main_thread]
        if not waiting:
            return
        for t in waiting:
            t._started.wait()
            t._handle.join()


_main_thread = _MainThread()
