"""Run callables asynchronously: Future objects and executors (written for Ember).

ThreadPoolExecutor runs work on parallel threads (Ember has no GIL, so CPU-bound work scales
across cores). ProcessPoolExecutor exists but cannot be instantiated: Ember has no process
support yet, and says so with NotImplementedError.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


class ProcessPoolExecutor(Executor):
    """Not available on Ember: there is no multiprocessing support yet."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not supported by Ember yet "
                                  "(no process support); use ThreadPoolExecutor: Ember threads run in parallel")
