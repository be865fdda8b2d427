"""How asyncio shows callbacks and coroutines in reprs and error messages."""

import functools
import inspect
import reprlib
import sys
import traceback


def _get_function_source(func):
    """(filename, first line) of a Python function behind func, or None."""
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args, *, debug=False):
    """'name(args) at file:line', as Handle reprs show a callback."""
    text = _format_callback(func, args, None, debug=debug)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_args_and_kwargs(args, kwargs, *, debug=False):
    """'(1, 'x', key=...)' in debug mode (reprlib-shortened); '()' otherwise, since arguments
    may hold sensitive data."""
    if not debug:
        return '()'
    parts = [reprlib.repr(arg) for arg in args or ()]
    parts.extend(f'{key}={reprlib.repr(value)}' for key, value in (kwargs or {}).items())
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, *, debug=False, suffix=''):
    if isinstance(func, functools.partial):
        # the partial's own arguments come first, then the call's: name(p_args)(args)
        inner_suffix = _format_args_and_kwargs(args, kwargs, debug=debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, debug=debug, suffix=inner_suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args_and_kwargs(args, kwargs, debug=debug) + suffix


def extract_stack(f=None, limit=None):
    """The stack (most recent call last) without line sources looked up."""
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = 10
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit, lookup_lines=False)
    stack.reverse()
    return stack
