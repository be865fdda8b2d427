"""TestCase, the skip decorators and the assertion context managers (Ember's own unittest)."""

import sys
import time

from . import result as _result_module
from .util import (safe_repr, strclass, _common_shorten_repr, _count_diff_all_purpose,
                   _count_diff_hashable)

__unittest = True

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raise this in a test (or setUpClass/setUpModule) to skip it."""


class _ShouldStop(Exception):
    """Stops the running test (failfast inside a subtest)."""


class _UnexpectedSuccess(Exception):
    """The test was expected to fail and did not."""


def _add_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None:
        add_skip(test, reason)
    else:
        import warnings
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


class _Outcome:
    """What happened while running one test: success so far, and an expected failure."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _TestPart(self, test_case, subTest)


class _TestPart:
    """Runs one part of a test (setUp, the method, a cleanup, a subtest body) and records
    how it ended in the outcome instead of letting the exception through."""

    def __init__(self, outcome, test_case, is_subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.is_subtest = is_subtest

    def __enter__(self):
        self.previous_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (exc_type, exc_value, tb)
            else:
                outcome.success = False
                if self.is_subtest:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case,
                                              (exc_type, exc_value, tb))
                else:
                    _add_error(outcome.result, self.test_case, (exc_type, exc_value, tb))
            return True
        finally:
            outcome.success = outcome.success and self.previous_success


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as error:
            errors.append(error)
    if errors:
        raise errors[0]


# ---------------------------------------------------------------------------------------------
# Decorators

def skip(reason):
    """Skip the decorated test (or class) unconditionally."""
    def decorate(item):
        if not isinstance(item, type):
            original = item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            _copy_function_identity(original, skip_wrapper)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, (str, type)):
        item, reason = reason, ''
        return decorate(item)
    return decorate


def _copy_function_identity(source, target):
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(target, name, getattr(source, name))
        except AttributeError:
            pass
    target.__dict__.update(getattr(source, '__dict__', {}))
    target.__wrapped__ = source


def _identity(obj):
    return obj


def skipIf(condition, reason):
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    return skip(reason) if not condition else _identity


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, base):
    if isinstance(expected, tuple):
        return all(_is_subtype(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


# ---------------------------------------------------------------------------------------------
# assertRaises / assertWarns / assertLogs contexts

class _BaseTestCaseContext:
    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standard_message):
        message = self.test_case._formatMessage(self.msg, standard_message)
        raise self.test_case.failureException(message)


def _expected_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """As a context manager when `args` is empty, else call args[0](*args[1:], **kwargs)."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument '
                                f'for this function')
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None


class _AssertRaisesContext(_AssertRaisesBaseContext):
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = _expected_name(self.expected)
            if self.obj_name:
                self._raiseFailure(f'{name} not raised by {self.obj_name}')
            self._raiseFailure(f'{name} not raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not match '
                               f'"{exc_value}"')
        return True

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class _AssertWarnsContext(_AssertRaisesBaseContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        first_match = None
        for record in self.warnings:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            if first_match is None:
                first_match = warning
            if self.expected_regex is not None and not self.expected_regex.search(str(warning)):
                continue
            self.warning = warning
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_match is not None:
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not match '
                               f'"{first_match}"')
        name = _expected_name(self.expected)
        if self.obj_name:
            self._raiseFailure(f'{name} not triggered by {self.obj_name}')
        self._raiseFailure(f'{name} not triggered')


class _AssertNotWarnsContext(_AssertWarnsContext):
    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        for record in self.warnings:
            if isinstance(record.message, self.expected):
                self._raiseFailure(f'{_expected_name(self.expected)} triggered')
        return None


_subtest_msg_sentinel = object()


class _ParamsChain:
    """The parameters of nested subtests: inner values shadow outer ones, order of first
    appearance from the innermost outwards."""

    def __init__(self, params, parent=None):
        self.maps = [dict(params)] + (parent.maps if parent is not None else [])

    def new_child(self, params):
        return _ParamsChain(params, self)

    def items(self):
        seen = {}
        for mapping in self.maps:
            for key, value in mapping.items():
                if key not in seen:
                    seen[key] = value
        return seen.items()

    def __bool__(self):
        return any(self.maps)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def __iter__(self):
        return iter(dict(self.items()))

    def __len__(self):
        return len(dict(self.items()))


class _SubTestContext:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self.message = message
        self.params = params

    def __enter__(self):
        case = self.test_case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        if self.parent is None:
            params = _ParamsChain(self.params)
        else:
            params = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.message, params)
        self.part = outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.test_case
        try:
            swallowed = self.part.__exit__(exc_type, exc_value, tb)
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return swallowed
        finally:
            case._subtest = self.parent


# ---------------------------------------------------------------------------------------------
# TestCase

class TestCase:
    """One test: the method named when the case was made, run between setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16     # strings longer than this are not diffed
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError(f'no such test method in {self.__class__}: {methodName}')
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_module.TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return f'{strclass(self.__class__)}.{self._testMethodName}'

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f'{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} testMethod={self._testMethodName}>'

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            import warnings
            warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is None:
            import warnings
            warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as '
                          'failure', RuntimeWarning)
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            add(self)

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            import warnings
            warnings.warn('TestResult has no addDuration method', RuntimeWarning)
        else:
            add(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        """The skip reason when the class or method is skipped, else None."""
        if (getattr(self.__class__, '__unittest_skip__', False)
                or getattr(method, '__unittest_skip__', False)):
            return (getattr(self.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        stop_test_run = None
        if result is None:
            result = self.defaultTestResult()
            start_test_run = getattr(result, 'startTestRun', None)
            stop_test_run = getattr(result, 'stopTestRun', None)
            if start_test_run is not None:
                start_test_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _add_skip(result, self, reason)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False)
                                 or getattr(method, '__unittest_expecting_failure__', False))
            self._run_parts(result, method, expecting_failure)
            return result
        finally:
            result.stopTest(self)
            if stop_test_run is not None:
                stop_test_run()

    def _run_parts(self, result, method, expecting_failure):
        outcome = _Outcome(result)
        started = time.perf_counter()
        try:
            self._outcome = outcome
            with outcome.testPartExecutor(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = expecting_failure
                with outcome.testPartExecutor(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.testPartExecutor(self):
                    self._callTearDown()
            self.doCleanups()
            self._addDuration(result, time.perf_counter() - started)
            if outcome.success:
                if not expecting_failure:
                    result.addSuccess(self)
                elif outcome.expectedFailure:
                    self._addExpectedFailure(result, outcome.expectedFailure)
                else:
                    self._addUnexpectedSuccess(result)
        finally:
            outcome.expectedFailure = None
            self._outcome = None

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The user's message alone, or (longMessage) appended to the standard one."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    # --- truth, identity, membership -----------------------------------------------------

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not false'))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not true'))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} not found in {safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, f'{safe_repr(obj)} is not an instance of {cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    # --- comparisons ----------------------------------------------------------------------

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not less than {safe_repr(b)}'))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}'))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} not greater than {safe_repr(b)}'))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}'))

    # --- equality -------------------------------------------------------------------------

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                if isinstance(checker, str):
                    checker = getattr(self, checker)
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f'{safe_repr(first)} == {safe_repr(second)}'))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        difference = abs(first - second)
        if delta is not None:
            if difference <= delta:
                return
            standard = (f'{safe_repr(first)} != {safe_repr(second)} within {safe_repr(delta)} '
                        f'delta ({safe_repr(difference)} difference)')
        else:
            if places is None:
                places = 7
            if round(difference, places) == 0:
                return
            standard = (f'{safe_repr(first)} != {safe_repr(second)} within {places!r} places '
                        f'({safe_repr(difference)} difference)')
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        difference = abs(first - second)
        if delta is not None:
            if not first == second and difference > delta:
                return
            standard = (f'{safe_repr(first)} == {safe_repr(second)} within {safe_repr(delta)} '
                        f'delta ({safe_repr(difference)} difference)')
        else:
            if places is None:
                places = 7
            if not first == second and round(difference, places) != 0:
                return
            standard = f'{safe_repr(first)} == {safe_repr(second)} within {places!r} places'
        self.fail(self._formatMessage(msg, standard))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    @staticmethod
    def _ndiff_lines(first, second):
        import difflib
        import pprint
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                             pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(
                    f'First sequence is not a {type_name}: {safe_repr(seq1)}')
            if not isinstance(seq2, seq_type):
                raise self.failureException(
                    f'Second sequence is not a {type_name}: {safe_repr(seq2)}')
        else:
            type_name = 'sequence'
        differing = self._sequence_difference(seq1, seq2, seq_type, type_name)
        if differing is None:
            return
        standard = self._truncateMessage(differing, self._ndiff_lines(seq1, seq2))
        self.fail(self._formatMessage(msg, standard))

    def _sequence_difference(self, seq1, seq2, seq_type, type_name):
        """The text describing how two sequences differ, or None when they are equal."""
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            return f'First {type_name} has no length.    Non-sequence?'
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            return f'Second {type_name} has no length.    Non-sequence?'
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % ((type_name.capitalize(),)
                                          + _common_shorten_repr(seq1, seq2))
        for index in range(min(len1, len2)):
            try:
                item1 = seq1[index]
            except (TypeError, IndexError, NotImplementedError):
                text += f'\nUnable to index element {index} of first {type_name}\n'
                break
            try:
                item2 = seq2[index]
            except (TypeError, IndexError, NotImplementedError):
                text += f'\nUnable to index element {index} of second {type_name}\n'
                break
            if item1 != item2:
                text += ('\nFirst differing element %d:\n%s\n%s\n'
                         % ((index,) + _common_shorten_repr(item1, item2)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return None     # equal items, only the sequence types differ
        if len1 != len2:
            longer, which = (seq1, 'First') if len1 > len2 else (seq2, 'Second')
            shorter_len = min(len1, len2)
            text += (f'\n{which} {type_name} contains {abs(len1 - len2)} additional '
                     f'elements.\n')
            try:
                text += f'First extra element {shorter_len}:\n{safe_repr(longer[shorter_len])}\n'
            except (TypeError, IndexError, NotImplementedError):
                text += (f'Unable to index element {shorter_len} of {which.lower()} '
                         f'{type_name}\n')
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def _set_difference(self, left, right, which):
        try:
            return left.difference(right)
        except TypeError as error:
            self.fail(f'invalid type when attempting set difference: {error}')
        except AttributeError as error:
            self.fail(f'{which} argument does not support set difference: {error}')

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            standard = self._truncateMessage(standard, self._ndiff_lines(d1, d2))
            self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        first_items, second_items = list(first), list(second)
        try:
            differences = _count_diff_hashable(first_items, second_items)
        except TypeError:
            differences = _count_diff_all_purpose(first_items, second_items)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % tuple(diff) for diff in differences]
            standard = self._truncateMessage('Element counts were not equal:\n',
                                             '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # Both texts end with a newline before diffing (unless empty), so that a missing
        # final newline shows in the diff.
        left, right = first, second
        if first and second:
            if first[-1] != '\n' or second[-1] != '\n':
                left += '\n'
                right += '\n'
        elif second and second[-1] != '\n':
            right += '\n'
        elif first and first[-1] != '\n':
            left += '\n'
        import difflib
        diff = '\n' + ''.join(difflib.ndiff(left.splitlines(True), right.splitlines(True)))
        standard = '%s != %s' % _common_shorten_repr(first, second)
        self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    # --- regular expressions, exceptions, warnings, logs ------------------------------------

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = (f"Regex didn't match: {expected_regex.pattern!r} not found in "
                        f"{text!r}")
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standard = (f'Regex matched: {text[match.start():match.end()]!r} matches '
                        f'{unexpected_regex.pattern!r} in {text!r}')
            self.fail(self._formatMessage(msg, standard))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        try:
            return context.handle('assertRaises', args, kwargs)
        finally:
            context = None

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        return _AssertNotWarnsContext(expected_warning, self).handle('_assertNotWarns', args,
                                                                     kwargs)

    def assertLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    # --- 3.14 additions ---------------------------------------------------------------------

    def assertHasAttr(self, obj, name, msg=None):
        if not hasattr(obj, name):
            if isinstance(obj, type(sys)):
                standard = f'module {obj.__name__!r} has no attribute {name!r}'
            elif isinstance(obj, type):
                standard = f'type object {obj.__name__!r} has no attribute {name!r}'
            else:
                standard = f'{type(obj).__name__!r} object has no attribute {name!r}'
            self.fail(self._formatMessage(msg, standard))

    def assertNotHasAttr(self, obj, name, msg=None):
        if hasattr(obj, name):
            if isinstance(obj, type(sys)):
                standard = f'module {obj.__name__!r} has unexpected attribute {name!r}'
            elif isinstance(obj, type):
                standard = f'type object {obj.__name__!r} has unexpected attribute {name!r}'
            else:
                standard = f'{type(obj).__name__!r} object has unexpected attribute {name!r}'
            self.fail(self._formatMessage(msg, standard))

    def assertIsSubclass(self, cls, superclass, msg=None):
        try:
            if issubclass(cls, superclass):
                return
        except TypeError:
            if not isinstance(cls, type):
                self.fail(self._formatMessage(msg, f'{cls!r} is not a class'))
            raise
        if isinstance(superclass, tuple):
            standard = f'{cls!r} is not a subclass of any of {superclass!r}'
        else:
            standard = f'{cls!r} is not a subclass of {superclass!r}'
        self.fail(self._formatMessage(msg, standard))

    def assertNotIsSubclass(self, cls, superclass, msg=None):
        try:
            if not issubclass(cls, superclass):
                return
        except TypeError:
            if not isinstance(cls, type):
                self.fail(self._formatMessage(msg, f'{cls!r} is not a class'))
            raise
        if isinstance(superclass, tuple):
            for base in superclass:
                if issubclass(cls, base):
                    superclass = base
                    break
        self.fail(self._formatMessage(msg, f'{cls!r} is a subclass of {superclass!r}'))

    def assertStartsWith(self, s, prefix, msg=None):
        self._affix_check(s, prefix, msg, True, True)

    def assertNotStartsWith(self, s, prefix, msg=None):
        self._affix_check(s, prefix, msg, True, False)

    def assertEndsWith(self, s, suffix, msg=None):
        self._affix_check(s, suffix, msg, False, True)

    def assertNotEndsWith(self, s, suffix, msg=None):
        self._affix_check(s, suffix, msg, False, False)

    def _affix_check(self, text, affix, msg, at_start, wanted):
        where = 'start' if at_start else 'end'
        try:
            found = text.startswith(affix) if at_start else text.endswith(affix)
        except (AttributeError, TypeError):
            found = None
        if found is None:
            self.fail(self._formatMessage(msg, f"{safe_repr(text, short=True)} doesn't "
                                               f"{where} with {safe_repr(affix)}"))
        if found == wanted:
            return
        if wanted:
            if isinstance(affix, tuple):
                standard = (f"{safe_repr(text, short=True)} doesn't {where} with any of "
                            f"{safe_repr(affix)}")
            else:
                standard = f"{safe_repr(text, short=True)} doesn't {where} with {safe_repr(affix)}"
        else:
            if isinstance(affix, tuple):
                for item in affix:
                    if (text.startswith(item) if at_start else text.endswith(item)):
                        affix = item
                        break
            standard = f'{safe_repr(text, short=True)} {where}s with {safe_repr(affix)}'
        self.fail(self._formatMessage(msg, standard))


class FunctionTestCase(TestCase):
    """A TestCase around a plain function, with optional set-up and tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return ((self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)
                == (other._setUpFunc, other._tearDownFunc, other._testFunc,
                    other._description))

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc, self._testFunc,
                     self._description))

    def __str__(self):
        return f'{strclass(self.__class__)} ({self._testFunc.__name__})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} tec={self._testFunc}>'

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None


class _SubTest(TestCase):
    """The part of a test inside one `with self.subTest(...)` block, as results see it."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append(f'[{self._message}]')
        if self.params:
            described = ', '.join(f'{key}={value!r}' for key, value in self.params.items())
            parts.append(f'({described})')
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'
