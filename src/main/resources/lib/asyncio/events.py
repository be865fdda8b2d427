"""Event loop handles, the abstract loop, and which loop is current or running."""

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'AbstractServer',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', '_set_running_loop')

import contextvars
import os
import sys
import threading

from . import format_helpers


class Handle:
    """A callback scheduled by call_soon: run once by the loop unless cancelled first."""

    def __init__(self, callback, args, loop, context=None):
        self._context = contextvars.copy_context() if context is None else context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if loop._debug:
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))
        else:
            self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args, debug=self._loop.get_debug()))
        if self._source_traceback:
            origin = self._source_traceback[-1]
            info.append(f'created at {origin.filename}:{origin.lineno}')
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # keep what the callback was for the repr of the cancelled handle
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            shown = format_helpers._format_callback_source(
                self._callback, self._args, debug=self._loop.get_debug())
            context = {'message': f'Exception in callback {shown}', 'exception': exc, 'handle': self}
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        self = None  # no cycle through the exception's traceback


class TimerHandle(Handle):
    """A callback scheduled for a loop time by call_later/call_at; ordered by that time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        if self._source_traceback:
            del self._source_traceback[-1]
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(1 if not self._cancelled else 2, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The absolute loop time the callback is scheduled for."""
        return self._when


class AbstractServer:
    """The interface of servers (Ember has no network servers yet)."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The event loop interface; BaseEventLoop implements it."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, **kwargs):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


# ---- the current loop of each thread, and the running one ------------------------------------

class _RunningLoop(threading.local):
    loop_pid = (None, None)


_running_loop = _RunningLoop()


def get_running_loop():
    """The loop running in this thread; RuntimeError when there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    loop, pid = _running_loop.loop_pid
    if loop is not None and pid == os.getpid():
        return loop
    return None


def _set_running_loop(loop):
    _running_loop.loop_pid = (loop, os.getpid())


class _CurrentLoop(threading.local):
    loop = None
    set_called = False


class _AbstractEventLoopPolicy:
    """What a policy provides (deprecated in 3.14 together with the policy system)."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class _DefaultEventLoopPolicy(_AbstractEventLoopPolicy):
    """The default policy: one current loop per thread, set explicitly (as in 3.14)."""

    def __init__(self):
        self._local = _CurrentLoop()

    def get_event_loop(self):
        if self._local.loop is None:
            raise RuntimeError(f'There is no current event loop in thread '
                               f'{threading.current_thread().name!r}.')
        return self._local.loop

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._local.set_called = True
        self._local.loop = loop

    def new_event_loop(self):
        from . import base_events
        return base_events.SelectorEventLoop()


_event_loop_policy = None
_policy_lock = threading.Lock()


def _get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        with _policy_lock:
            if _event_loop_policy is None:
                _event_loop_policy = _DefaultEventLoopPolicy()
    return _event_loop_policy


def _set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, _AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


# deprecated in 3.14 (with the whole policy system)
def get_event_loop_policy():
    """Deprecated since 3.14 (to be removed in 3.16)."""
    import warnings
    warnings._deprecated('asyncio.get_event_loop_policy', remove=(3, 16))
    return _get_event_loop_policy()


def set_event_loop_policy(policy):
    """Deprecated since 3.14 (to be removed in 3.16)."""
    import warnings
    warnings._deprecated('asyncio.set_event_loop_policy', remove=(3, 16))
    _set_event_loop_policy(policy)


def get_event_loop():
    """The running loop, else this thread's current loop (RuntimeError when none is set)."""
    running = _get_running_loop()
    if running is not None:
        return running
    return _get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    _get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return _get_event_loop_policy().new_event_loop()
