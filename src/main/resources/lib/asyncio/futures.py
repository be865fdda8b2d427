"""asyncio.Future: a result that will be set later, awaited by tasks."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures
import contextvars
import reprlib
import sys
import types
import weakref

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio Futures and objects that follow their protocol (duck-typed)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    """'cb=[f(), ...]' as Future reprs list their done callbacks."""
    count = len(callbacks)
    if count == 0:
        shown = ''
    else:
        def name(entry):
            return format_helpers._format_callback_source(entry[0], ())
        if count == 1:
            shown = name(callbacks[0])
        elif count == 2:
            shown = f'{name(callbacks[0])}, {name(callbacks[1])}'
        else:
            shown = f'{name(callbacks[0])}, <{count - 2} more>, {name(callbacks[-1])}'
    return f'cb=[{shown}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        origin = future._source_traceback[-1]
        info.append(f'created at {origin.filename}:{origin.lineno}')
    return info


class Future:
    """A pending result: done once set_result, set_exception or cancel is called.

    Done callbacks are scheduled on the loop (never called at once), each in its context.
    Awaiting a pending Future suspends the task until it is done."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a task is waiting on the future (the protocol Task.__step checks)
    _asyncio_future_blocking = False
    # the _UnretrievedReport armed by set_exception, until the exception is retrieved
    __unretrieved = None

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        return _future_repr_info(self)

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def _log_traceback(self):
        return self.__unretrieved is not None

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self.__disarm()

    def __disarm(self):
        if self.__unretrieved is not None:
            self.__unretrieved.disarm()
            self.__unretrieved = None

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one a task caught, else a new one with the message."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel a pending future (schedules its callbacks); False if it was already done."""
        self.__disarm()
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__disarm()
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__disarm()
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop once done (at once scheduled if already done)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if isinstance(exception, StopIteration):
            replacement = RuntimeError('StopIteration interacts badly with generators '
                                       'and cannot be raised into a Future')
            replacement.__cause__ = exception
            replacement.__context__ = exception
            exception = replacement
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__unretrieved = _UnretrievedReport(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the task waits for us
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_PyFuture = Future


class _Described:
    """Stands for a collected future in an error report: its repr as it was when it failed."""

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


# the reports of failed futures whose exception nobody has retrieved yet
_armed_reports = set()


class _UnretrievedReport:
    """'Future/Task exception was never retrieved', reported to the loop's exception handler
    once the future is garbage collected with its exception unread (CPython does it in
    Future.__del__). On the JVM that happens when the collector has found the future
    unreachable and Ember has noticed (at the latest on gc.collect())."""

    def __init__(self, future):
        self.loop = future._loop
        self.exception = future._exception
        self.message = f'{type(future).__name__} exception was never retrieved'
        try:
            self.description = repr(future)
        except Exception:
            self.description = object.__repr__(future)
        self.source_traceback = future._source_traceback
        self.watch = weakref.ref(future, self.report)
        _armed_reports.add(self)

    def disarm(self):
        _armed_reports.discard(self)
        self.watch = None

    def report(self, _):
        if self not in _armed_reports:
            return
        self.disarm()
        context = {'message': self.message, 'exception': self.exception,
                   'future': _Described(self.description)}
        if self.source_traceback:
            context['source_traceback'] = self.source_traceback
        self.loop.call_exception_handler(context)


def _get_loop(fut):
    """The loop of a future (or of a future-like object)."""
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    """concurrent.futures' cancellation and timeout errors become asyncio's."""
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args).with_traceback(exc.__traceback__)
    if kind is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args).with_traceback(exc.__traceback__)
    return exc


def _set_concurrent_future_state(concurrent, source):
    """Copy the state of an asyncio future into a concurrent.futures one."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    """Copy the state of a done future into a pending asyncio future."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Make destination follow source (either kind of future); cancelling destination cancels source."""
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def call_check_cancel(dest):
        if dest.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def call_set_state(src):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            set_state(destination, src)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(set_state, destination, src)

    destination.add_done_callback(call_check_cancel)
    source.add_done_callback(call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio Future following a concurrent.futures.Future."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
