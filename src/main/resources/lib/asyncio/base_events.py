"""The event loop: a FIFO ready queue of handles and a heap of timers.

Ember's loop has no selector (no sockets or subprocesses yet). When nothing is ready it waits
on a threading.Event until the next timer is due; call_soon_threadsafe from another thread
queues its handle under a lock and sets the event. Each step runs exactly the handles that
were ready when it began, so callbacks run in CPython's order."""

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'EventLoop')

import concurrent.futures
import functools
import heapq
import logging
import math
import os
import sys
import threading
import _thread
import time
import traceback
import weakref

from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import timeouts

logger = logging.getLogger('asyncio')

# compact the timer heap when more than half of at least this many timers are cancelled
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # the exception stops the loop by propagating out of run_forever
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        # the handles to run in the next step, in call order (a list: swapped out by each step)
        self._ready = []
        self._scheduled = []
        self._default_executor = None
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self.set_debug(coroutines._is_debug_mode())
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # handles queued by other threads, moved to _ready by the loop's thread
        self._threadsafe_lock = _thread.allocate_lock()
        self._threadsafe_handles = []
        # a binary semaphore: released ("a wake-up is pending") by call_soon_threadsafe,
        # acquired by the loop when it waits (a threading.Event costs far more per step)
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- futures and tasks ----------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, **kwargs):
        """Schedule a coroutine as a Task (through the task factory when one is set)."""
        self._check_closed()
        if self._task_factory is not None:
            return self._task_factory(self, coro, **kwargs)
        task = tasks.Task(coro, loop=self, **kwargs)
        if task._source_traceback:
            del task._source_traceback[-1]
        try:
            return task
        finally:
            del task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running -------------------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close every async generator first iterated under this loop and not finished."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down (its threads are joined in a helper thread)."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            async with timeouts.timeout(timeout):
                await future
        except TimeoutError:
            import warnings
            warnings.warn('The executor did not finishing joining '
                          f'its threads within {timeout} seconds.', RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    def run_forever(self):
        """Run steps until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # the exception propagates: don't also report it as never retrieved
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current step have run."""
        self._stopping = True

    def close(self):
        """Close a stopped loop: pending callbacks are dropped, the default executor shut down."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            logger.debug('Close %r', self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        with self._threadsafe_lock:
            self._threadsafe_handles.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    # ---- scheduling ----------------------------------------------------------------------

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; a cancellable TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) in the next step, after the callbacks already queued."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines._iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def _check_thread(self):
        """Debug mode: loop methods that are not thread-safe must run in the loop's thread."""
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon for other threads: queues the handle and wakes the loop."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        if self._thread_id is None or self._thread_id == threading.get_ident():
            self._ready.append(handle)
        else:
            with self._threadsafe_lock:
                self._threadsafe_handles.append(handle)
        self._wake_up()
        return handle

    def _wake_up(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # a wake-up is pending already

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # ---- executors -------------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in a thread pool (the default one unless given); an asyncio Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    # ---- network operations Ember does not have yet ----------------------------------------

    def _no_io(self, what):
        raise NotImplementedError(f'{what} is not supported by Ember\'s event loop yet '
                                  f'(no sockets or subprocesses)')

    async def getaddrinfo(self, *args, **kwargs):
        self._no_io('getaddrinfo')

    async def getnameinfo(self, *args, **kwargs):
        self._no_io('getnameinfo')

    async def create_connection(self, *args, **kwargs):
        self._no_io('create_connection')

    async def create_server(self, *args, **kwargs):
        self._no_io('create_server')

    async def create_unix_connection(self, *args, **kwargs):
        self._no_io('create_unix_connection')

    async def create_unix_server(self, *args, **kwargs):
        self._no_io('create_unix_server')

    async def create_datagram_endpoint(self, *args, **kwargs):
        self._no_io('create_datagram_endpoint')

    async def connect_read_pipe(self, *args, **kwargs):
        self._no_io('connect_read_pipe')

    async def connect_write_pipe(self, *args, **kwargs):
        self._no_io('connect_write_pipe')

    async def subprocess_exec(self, *args, **kwargs):
        self._no_io('subprocess_exec')

    async def subprocess_shell(self, *args, **kwargs):
        self._no_io('subprocess_shell')

    async def sock_recv(self, *args, **kwargs):
        self._no_io('sock_recv')

    async def sock_sendall(self, *args, **kwargs):
        self._no_io('sock_sendall')

    async def sock_connect(self, *args, **kwargs):
        self._no_io('sock_connect')

    async def sock_accept(self, *args, **kwargs):
        self._no_io('sock_accept')

    def add_reader(self, *args, **kwargs):
        self._no_io('add_reader')

    def add_writer(self, *args, **kwargs):
        self._no_io('add_writer')

    def remove_reader(self, *args, **kwargs):
        self._no_io('remove_reader')

    def remove_writer(self, *args, **kwargs):
        self._no_io('remove_writer')

    def add_signal_handler(self, *args, **kwargs):
        self._no_io('add_signal_handler')

    def remove_signal_handler(self, *args, **kwargs):
        self._no_io('remove_signal_handler')

    # ---- errors ----------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """handler(loop, context) replaces the default handler; None restores it."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys and the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                value = ''.join(traceback.format_list(value)).rstrip()
                value = 'Object created at (most recent call last):\n' + value
            elif key == 'handle_traceback':
                value = ''.join(traceback.format_list(value)).rstrip()
                value = 'Handle created at (most recent call last):\n' + value
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Report an error the loop caught: to the custom handler, else the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            context = dict(context)
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler', exc_info=True)

    # ---- one step ----------------------------------------------------------------------------

    def _drop_cancelled_timers(self):
        count = len(self._scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = live
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

    def _wait_for_events(self, timeout):
        """Sleep until timeout (None: forever) or a call_soon_threadsafe; take the queued handles.

        A wake-up left pending (the handles were taken without waiting) only makes a later
        wait return at once: one more step, nothing lost."""
        if (timeout is None or timeout > 0) and not self._threadsafe_handles:
            if timeout is None:
                self._wakeup.acquire()
            else:
                self._wakeup.acquire(True, timeout)
        if self._threadsafe_handles:
            with self._threadsafe_lock:
                queued, self._threadsafe_handles = self._threadsafe_handles, []
            self._ready.extend(queued)

    def _run_once(self):
        """One step: wait for what is due, then run the handles that were ready at that point."""
        self._drop_cancelled_timers()
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()),
                          constants.MAXIMUM_SELECT_TIMEOUT)
        self._wait_for_events(timeout)
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        # this step runs exactly the handles ready now; those queued meanwhile wait for the next
        todo = self._ready
        if not todo:
            return
        self._ready = []
        reached = 0
        try:
            for handle in todo:
                # the list must not keep a handle (and its task) alive once it has run
                todo[reached] = None
                reached += 1
                if handle._cancelled:
                    continue
                if self._debug:
                    self._run_debug(handle)
                else:
                    handle._run()
        finally:
            if reached < len(todo):
                # SystemExit/KeyboardInterrupt left the loop mid-step: keep what was not run
                self._ready[:0] = todo[reached:]
        handle = None

    def _run_debug(self, handle):
        """Run a handle in debug mode: remember it for error reports, warn when it is slow."""
        self._current_handle = handle
        started = self.time()
        try:
            handle._run()
        finally:
            self._current_handle = None
        spent = self.time() - started
        if spent >= self.slow_callback_duration:
            logger.warning('Executing %s took %.3f seconds', _format_handle(handle), spent)

    # ---- debug -------------------------------------------------------------------------------

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _format_handle(handle):
    callback = handle._callback
    owner = getattr(callback, '__self__', None)
    if isinstance(owner, tasks.Task):
        return repr(owner)
    return str(handle)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop on this platform (timers and thread wake-ups; no selector yet)."""


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = SelectorEventLoop
