"""Synchronized queues for passing work between threads (written for Ember).

Queue, LifoQueue and PriorityQueue share one design: a lock with three conditions on it
(not_empty, not_full, all_tasks_done), and four overridable storage methods (_init, _qsize,
_put, _get) so a subclass can change the order. SimpleQueue is the unbounded FIFO without
task tracking, built on a semaphore that counts the items.
"""

import threading
from time import monotonic as _time
from heapq import heappush as _heappush, heappop as _heappop

try:
    from collections import deque
except ImportError:
    deque = None

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class ShutDown(Exception):
    '''Raised when put/get with shut-down queue.'''


class _FifoBuffer:
    """The FIFO store when collections.deque is not available: two stacks, O(1) amortized.

    Items are appended to `back`; `front` holds the oldest items in reverse order, refilled
    from `back` when empty. Only ever used under the owning queue's lock.
    """

    def __init__(self):
        self.front = []
        self.back = []

    def append(self, item):
        self.back.append(item)

    def popleft(self):
        if not self.front:
            back = self.back
            self.back = []
            back.reverse()
            self.front = back
        return self.front.pop()

    def __len__(self):
        return len(self.front) + len(self.back)

    def __bool__(self):
        return bool(self.front) or bool(self.back)

    def __iter__(self):
        return iter(self.front[::-1] + self.back)


def _fifo():
    return deque() if deque is not None else _FifoBuffer()


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put so far has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                else:
                    if timeout is not None:
                        _check_timeout(timeout)
                    deadline = None if timeout is None else _time() + timeout
                    while self._qsize() >= self.maxsize:
                        if deadline is None:
                            self.not_full.wait()
                        else:
                            remaining = deadline - _time()
                            if remaining <= 0.0:
                                raise Full
                            self.not_full.wait(remaining)
                        if self.is_shutdown:
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            else:
                if timeout is not None:
                    _check_timeout(timeout)
                deadline = None if timeout is None else _time() + timeout
                while not self._qsize():
                    if deadline is None:
                        self.not_empty.wait()
                    else:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Empty
                        self.not_empty.wait(remaining)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Make put() raise ShutDown; get() too once the queue is empty (at once if immediate)."""
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # the storage: override these four to change the order

    def _init(self, maxsize):
        self.queue = _fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()



# put(item), get() and task_done() (the blocking calls without a timeout; any other call goes to
# the Python methods above) and _qsize, _put, _get in Java; the Python methods say what they do
# and serve without _thread's help
try:
    from _thread import _queue_methods
except ImportError:
    pass
else:
    for _name, _method in _queue_methods(Queue, threading.Condition, ShutDown).items():
        setattr(Queue, _name, _method)
    del _name, _method, _queue_methods


class PriorityQueue(Queue):
    """Retrieves the smallest entry first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    __module__ = '_queue'

    def __init__(self):
        self._items = _fifo()
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        with self._lock:
            self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        _check_timeout(timeout)
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        with self._lock:
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        with self._lock:
            return len(self._items) == 0

    def qsize(self):
        with self._lock:
            return len(self._items)

