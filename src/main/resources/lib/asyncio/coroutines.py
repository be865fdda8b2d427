"""Coroutine predicates for asyncio."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import inspect
import os
import sys
import types


def _is_debug_mode():
    """Debug mode is on with -X dev or a non-empty PYTHONASYNCIODEBUG."""
    if getattr(sys.flags, 'dev_mode', False):
        return True
    return bool(os.environ.get('PYTHONASYNCIODEBUG'))


# the old marker of functions decorated with @asyncio.coroutine; still recognized
_is_coroutine = object()


def iscoroutinefunction(func):
    """Deprecated alias of inspect.iscoroutinefunction (also accepts the old marker)."""
    import warnings
    warnings._deprecated("asyncio.iscoroutinefunction",
                         f"{warnings._DEPRECATED_MSG}; use inspect.iscoroutinefunction() instead",
                         remove=(3, 16))
    return _iscoroutinefunction(func)


def _iscoroutinefunction(func):
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


# types known to be coroutines, grown as other Coroutine implementations are met
_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)
_known_coroutine_types = set()


def iscoroutine(obj):
    """True for coroutine objects (native or any collections.abc.Coroutine)."""
    kind = type(obj)
    if kind in _known_coroutine_types:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_known_coroutine_types) < 100:
            _known_coroutine_types.add(kind)
        return True
    return False
