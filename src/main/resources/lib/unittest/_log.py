"""assertLogs / assertNoLogs: capture what a logger emits while the block runs."""

import logging

from .case import _BaseTestCaseContext

__unittest = True


class _LoggingWatcher(tuple):
    """(records, output): the captured LogRecords and their formatted messages."""

    def __new__(cls, records, output):
        return super().__new__(cls, (records, output))

    records = property(lambda self: self[0])
    output = property(lambda self: self[1])

    def __repr__(self):
        return f'_LoggingWatcher(records={self[0]!r}, output={self[1]!r})'


class _CapturingHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        if level:
            self.level = logging._nameToLevel.get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure(f'Unexpected logs found: {self.watcher.output!r}')
        elif not self.watcher.records:
            self._raiseFailure(f'no logs of level {logging.getLevelName(self.level)} or higher '
                               f'triggered on {self.logger.name}')
        return None
