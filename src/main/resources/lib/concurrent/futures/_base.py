"""Futures, the Executor interface, wait() and as_completed() (written for Ember).

A Future guards its state with one Condition. Whoever waits for several futures at once
(wait, as_completed) registers a _Collector with each of them; a future reports itself to its
collectors when it finishes or is cancelled, so the waiter sleeps on one condition only.
"""

import sys as _sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_NAMES = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _report_callback_failure(future, exc):
    # CPython logs this through the "concurrent.futures" logger; with no handler configured,
    # logging's last resort prints the message and the traceback to stderr, as here
    stderr = _sys.stderr
    if stderr is not None:
        print("exception calling callback for %r" % (future,), file=stderr, flush=True)
        import _thread
        _thread._print_exception(exc, stderr)


class _Collector:
    """Gathers the futures that finish while one thread waits for several of them."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.finished = []

    def notice(self, future):
        with self.cond:
            self.finished.append(future)
            self.cond.notify_all()


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._collectors = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_NAMES[state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), _STATE_NAMES[state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), _STATE_NAMES[state])

    def _finish(self):
        # called with the condition held: wake everyone, tell the collectors
        self._condition.notify_all()
        for collector in self._collectors:
            collector.notice(self)

    def _run_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report_callback_failure(self, exc)

    def _add_collector(self, collector):
        with self._condition:
            if self._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                collector.notice(self)
            else:
                self._collectors.append(collector)

    def _remove_collector(self, collector):
        with self._condition:
            for i in range(len(self._collectors)):
                if self._collectors[i] is collector:
                    del self._collectors[i]
                    return

    def cancel(self):
        """Cancel the future unless it is running or done; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None     # break the cycle through the traceback
        return self._result

    def _wait_done(self, timeout):
        # with the condition held: returns once done, raises CancelledError/TimeoutError
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (waiting up to timeout seconds); raises what the call raised."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None (waiting up to timeout seconds)."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _report_callback_failure(self, exc)

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running (True), or confirm its cancellation (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for collector in self._collectors:
                    collector.notice(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            self._finish()
        self._run_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._finish()
        self._run_callbacks()


def _is_settled(future):
    return future._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _raised(future):
    return future._state == FINISHED and future._exception is not None


def as_completed(fs, timeout=None):
    """Yield the futures in fs as they complete (finished or cancelled)."""
    deadline = None if timeout is None else timeout + time.monotonic()
    pending = set(fs)
    total = len(pending)
    collector = _Collector()
    for f in pending:
        f._add_collector(collector)
    try:
        yielded = 0
        while yielded < total:
            with collector.cond:
                while not collector.finished:
                    if deadline is None:
                        collector.cond.wait()
                    else:
                        remaining = deadline - time.monotonic()
                        if remaining < 0:
                            raise TimeoutError('%d (of %d) futures unfinished' % (total - yielded, total))
                        collector.cond.wait(remaining)
                batch = collector.finished
                collector.finished = []
            for f in batch:
                yielded += 1
                yield f
    finally:
        for f in pending:
            f._remove_collector(collector)


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: the named pair (done, not_done)."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures in fs satisfy return_when (or timeout); returns (done, not_done)."""
    fs = set(fs)
    collector = _Collector()
    for f in fs:
        f._add_collector(collector)

    def satisfied():
        finished = collector.finished
        if return_when == FIRST_COMPLETED and finished:
            return True
        if return_when == FIRST_EXCEPTION and any(_raised(f) for f in finished):
            return True
        return len(finished) == len(fs)

    deadline = None if timeout is None else timeout + time.monotonic()
    try:
        with collector.cond:
            while not satisfied():
                if deadline is None:
                    collector.cond.wait()
                else:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    collector.cond.wait(remaining)
            done = set(collector.finished)
    finally:
        for f in fs:
            f._remove_collector(collector)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future


class Executor:
    """The interface of executors: submit(), map(), shutdown(), and use as a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls run by the executor; results come in order."""
        deadline = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
