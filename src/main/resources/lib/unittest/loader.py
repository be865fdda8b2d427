"""TestLoader: collect tests from classes, modules, dotted names and directories."""

import sys

from . import case, suite, util

__unittest = True


def _valid_module_file(basename):
    """A file discovery may import: an identifier-like name ending in .py."""
    if not basename.lower().endswith('.py'):
        return False
    stem = basename[:-3]
    return bool(stem) and (stem[0] == '_' or stem[0].isalpha()) and stem.isidentifier()


class _FailedTest(case.TestCase):
    """A test that raises the exception met while loading (an import error, ...)."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suite_class):
    import traceback
    message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _make_failed_test(name, ImportError(message), suite_class, message)


def _make_failed_load_tests(name, exception, suite_class):
    import traceback
    message = f'Failed to call load_tests:\n{traceback.format_exc()}'
    return _make_failed_test(name, exception, suite_class, message)


def _make_failed_test(method_name, exception, suite_class, message):
    return suite_class((_FailedTest(method_name, exception),)), message


def _make_skipped_test(method_name, exception, suite_class):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    test_class = type('ModuleSkipped', (case.TestCase,), {method_name: testSkipped})
    return suite_class((test_class(method_name),))


def _cmp_key(compare):
    class Key:
        __slots__ = ('value',)

        def __init__(self, value):
            self.value = value

        def __lt__(self, other):
            return compare(self.value, other.value) < 0
    return Key


def _is_test_case_class(obj):
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader:
    """Makes TestSuites: from a TestCase class, a module, names, or by discovery."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = [self.loadTestsFromTestCase(getattr(module, name)) for name in dir(module)
                 if _is_test_case_class(getattr(module, name))]
        tests = self.suiteClass(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as error:
            error_case, message = _make_failed_load_tests(module.__name__, error,
                                                          self.suiteClass)
            self.errors.append(message)
            return error_case

    def loadTestsFromName(self, name, module=None):
        import traceback
        parts = name.split('.')
        error_case = error_message = None
        if module is None:
            candidate = parts[:]
            while candidate:
                try:
                    module = __import__('.'.join(candidate))
                    break
                except ImportError:
                    missing = candidate.pop()
                    error_case, error_message = _make_failed_import_test(missing,
                                                                         self.suiteClass)
                    if not candidate:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = parent = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as error:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, error, self.suiteClass,
                    f'Failed to access attribute:\n{traceback.format_exc()}')
                self.errors.append(error_message)
                return error_case
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if _is_test_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if (_is_plain_function(obj) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            instance = parent(name)
            if not _is_plain_function(getattr(instance, name)):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        test = obj()
        if isinstance(test, suite.TestSuite):
            return test
        if isinstance(test, case.TestCase):
            return self.suiteClass([test])
        raise TypeError(f'calling {obj} returned {test}, not a test')

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            full_name = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}'
            if self.testNamePatterns is None:
                return True
            from fnmatch import fnmatchcase
            return any(fnmatchcase(full_name, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=_cmp_key(self.sortTestMethodsUsing))
        return names

    # --- discovery ------------------------------------------------------------------------

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find test modules matching `pattern` under `start_dir` (recursing into packages)
        and load their tests; modules are imported relative to `top_level_dir`."""
        import os
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                start_dir = self._directory_of_module(start_dir, top_level_dir, implicit_top)
        if not_importable:
            raise ImportError(f'Start directory is not importable: {start_dir!r}')
        tests = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(tests)

    def _directory_of_module(self, dotted, top_level_dir, implicit_top):
        import os
        module = sys.modules[dotted]
        try:
            directory = os.path.abspath(os.path.dirname(module.__file__))
        except (AttributeError, TypeError):
            if module.__name__ in sys.builtin_module_names:
                raise TypeError('Can not use builtin modules as dotted module names') from None
            raise TypeError(f"don't know how to discover from {module!r}") from None
        if implicit_top:
            self._top_level_dir = self._get_directory_containing_module(dotted.split('.')[0])
            sys.path.remove(top_level_dir)
        return directory

    def _get_directory_containing_module(self, module_name):
        import os
        full_path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(full_path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(full_path))
        return os.path.dirname(full_path)

    def _get_name_from_path(self, path):
        import os
        if path == self._top_level_dir:
            return '.'
        path = os.path.splitext(os.path.normpath(path))[0]
        relative = os.path.relpath(path, self._top_level_dir)
        assert not os.path.isabs(relative), 'Path must be within the project'
        assert not relative.startswith('..'), 'Path must be within the project'
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        from fnmatch import fnmatch
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        import os
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            tests, recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._get_name_from_path(full_path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _find_test_path(self, full_path, pattern):
        """(tests of a file or package or None, whether to recurse into it)."""
        import os
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _valid_module_file(basename) or not self._match_path(basename, full_path,
                                                                       pattern):
                return None, False
            return self._load_file(full_path, pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False
            return self._load_package(full_path, pattern)
        return None, False

    def _import_for_discovery(self, name):
        """(module, None) or (None, a suite reporting the skip or the import failure)."""
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as skip:
            return None, _make_skipped_test(name, skip, self.suiteClass)
        except BaseException:
            error_case, message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(message)
            return None, error_case

    def _load_file(self, full_path, pattern):
        import os
        name = self._get_name_from_path(full_path)
        module, failure = self._import_for_discovery(name)
        if module is None:
            return failure
        module_file = os.path.abspath(getattr(module, '__file__', full_path))
        actual = os.path.splitext(os.path.realpath(module_file))[0]
        expected = os.path.splitext(os.path.realpath(full_path))[0]
        if actual.lower() != expected.lower():
            raise ImportError(
                '%r module incorrectly imported from %r. Expected %r. '
                'Is this module globally installed?'
                % (os.path.splitext(basename_of(full_path))[0], os.path.dirname(actual),
                   os.path.dirname(full_path)))
        return self.loadTestsFromModule(module, pattern=pattern)

    def _load_package(self, full_path, pattern):
        name = self._get_name_from_path(full_path)
        package, failure = self._import_for_discovery(name)
        if package is None:
            return failure, False
        has_load_tests = getattr(package, 'load_tests', None) is not None
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
            return tests, not has_load_tests
        finally:
            self._loading_packages.discard(name)


def basename_of(path):
    import os
    return os.path.basename(path)


def _is_plain_function(obj):
    return type(obj) is type(_is_plain_function)


defaultTestLoader = TestLoader()
