"""TestResult: what a test run collected (failures, errors, skips, ...)."""

import sys

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Make a result method stop the run first when the result is in failfast mode."""
    def inner(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    inner.__name__ = method.__name__
    inner.__qualname__ = method.__qualname__
    inner.__doc__ = method.__doc__
    inner.__wrapped__ = method
    return inner


class TestResult:
    """The outcome of running tests: lists of (test, formatted traceback) for failures and
    errors, (test, reason) for skips, and counts."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                self._original_stdout.write(STDOUT_LINE % _with_newline(output))
            if error:
                self._original_stderr.write(STDERR_LINE % _with_newline(error))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buffer in (self._stdout_buffer, self._stderr_buffer):
            buffer.seek(0)
            buffer.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, 'collectedDurations'):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        import traceback
        exc_type, value, tb = err
        tb = self._clean_tracebacks(exc_type, value, tb, test)
        formatted = traceback.TracebackException(exc_type, value, tb,
                                                 capture_locals=self.tb_locals, compact=True)
        lines = list(formatted.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                lines.append(STDOUT_LINE % _with_newline(output))
            if error:
                lines.append(STDERR_LINE % _with_newline(error))
        return ''.join(lines)

    def _clean_tracebacks(self, exc_type, value, tb, test):
        """Drop unittest's own frames: the runner frames before the test, and (for
        failures) the assert* frames after it; also in chained exceptions."""
        cleaned = None
        first = True
        pending = [(exc_type, value, tb)]
        seen = {id(value)}
        while pending:
            exc_type, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exc_type is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                cleaned = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        pending.append((type(linked), linked, linked.__traceback__))
                        seen.add(id(linked))
        return cleaned

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        previous = None
        while tb and not self._is_relevant_tb_level(tb):
            previous = tb
            tb = tb.tb_next
        if previous is not None:
            previous.tb_next = None

    def __repr__(self):
        return (f'<{util.strclass(self.__class__)} run={self.testsRun} '
                f'errors={len(self.errors)} failures={len(self.failures)}>')


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'
