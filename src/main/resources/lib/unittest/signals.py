"""Control-C handling for test runs (-c/--catch): the first interrupt stops the run
gracefully, the second one interrupts as usual."""

__unittest = True

_results = []            # results to stop on an interrupt (compared by identity)
_interrupt_handler = None


class _InterruptHandler:
    def __init__(self, default_handler):
        import signal
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(signum, frame):
                    pass
            else:
                raise TypeError('expected SIGINT signal handler to be signal.SIG_IGN, '
                                'signal.SIG_DFL, or a callable object')
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results):
            result.stop()


def registerResult(result):
    if not any(item is result for item in _results):
        _results.append(result)


def removeResult(result):
    for index, item in enumerate(_results):
        if item is result:
            del _results[index]
            return True
    return False


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        import signal
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is not None:
        def inner(*args, **kwargs):
            import signal
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        inner.__name__ = getattr(method, '__name__', 'inner')
        inner.__qualname__ = getattr(method, '__qualname__', 'inner')
        inner.__doc__ = getattr(method, '__doc__', None)
        inner.__wrapped__ = method
        return inner
    if _interrupt_handler is not None:
        import signal
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
