"""ThreadPoolExecutor: a pool of worker threads taking work items from one queue (written for Ember)."""

import _thread
import queue
import sys as _sys
import threading
from concurrent.futures import _base

_shutting_down = False
_pools_lock = threading.Lock()
_live_pools = []


def _at_exit():
    # threading._shutdown runs this before joining non-daemon threads: tell every worker to
    # stop once the queue is drained, then wait for them
    global _shutting_down
    with _pools_lock:
        _shutting_down = True
        pools = list(_live_pools)
    for pool in pools:
        pool._work_queue.put(None)
    for pool in pools:
        for t in list(pool._threads):
            t.join()


threading._register_atexit(_at_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


def _cpu_count():
    try:
        import os
        return os.process_cpu_count() or 1
    except (ImportError, AttributeError):
        return 1


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on up to max_workers threads, started as work arrives."""

    _counter_lock = threading.Lock()
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        with ThreadPoolExecutor._counter_lock:
            number = ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % number)
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _pools_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutting_down:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # an idle worker will take the new item: no new thread
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, count),
                                 target=self._worker)
            t.start()
            self._threads.add(t)
            if self not in _live_pools:
                _live_pools.append(self)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                # CPython logs this as critical; its last-resort handler prints the same text
                if _sys.stderr is not None:
                    print('Exception in initializer:', file=_sys.stderr, flush=True)
                    _thread._print_exception(exc, _sys.stderr)
                self._initializer_failed()
                return
        while True:
            item = self._work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                self._idle_semaphore.release()
                continue
            # None: the pool is shutting down; pass the signal on to the next worker
            self._work_queue.put(None)
            return

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        with _pools_lock:
            if self in _live_pools and not any(t.is_alive() for t in self._threads):
                _live_pools.remove(self)
