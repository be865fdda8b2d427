"""The loop binding shared by asyncio's synchronization primitives and queues."""

import threading

from . import events

_global_lock = threading.Lock()


class _LoopBoundMixin:
    """Binds the object to the running loop on first use; another loop is then an error."""

    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            with _global_lock:
                if self._loop is None:
                    self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
