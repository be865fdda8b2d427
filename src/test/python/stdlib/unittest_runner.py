# unittest: running tests through TextTestRunner (dots and verbose output, the error
# blocks with cleaned tracebacks, summary lines), fixtures, cleanups, subtests, skips,
# expected failures, the loader and main().
import io
import re
import sys
import unittest

PROG = __file__
events = []


def normalized(text):
    text = text.replace(PROG, 'PROG')
    return re.sub(r'in \d+\.\d+s', 'in X.XXXs', text)


def run(test, verbosity=1, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(test)
    print(normalized(stream.getvalue()), end='')
    print(f'result: {result!r} ok={result.wasSuccessful()}')
    print('=' * 10)
    return result


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Arithmetic(unittest.TestCase):
    """Arithmetic checks."""

    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append(f'setUp {self._testMethodName}')

    def tearDown(self):
        events.append(f'tearDown {self._testMethodName}')

    def test_add(self):
        """Adding works.

        More text that is not shown."""
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for value in range(4):
            with self.subTest(value=value):
                self.assertNotEqual(value % 2, 1)
        with self.subTest('message', kind='x'):
            raise RuntimeError('in subtest')

    def test_cleanups(self):
        self.addCleanup(events.append, 'cleanup 1')
        self.addCleanup(events.append, 'cleanup 2')
        events.append(f'context {self.enterContext(Context())}')

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    def test_chained(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('during handling')


class Context:
    def __enter__(self):
        events.append('enter')
        return 'value'

    def __exit__(self, *exc):
        events.append('exit')


@unittest.skipIf(True, 'whole class skipped')
class Skipped(unittest.TestCase):
    def test_never(self):
        raise AssertionError('never run')


class BrokenClassFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no database')

    def test_unreached(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, 'cleanup after failed setUp')
        raise RuntimeError('setUp broke')

    def test_one(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipUnless(sys.platform == 'no-such-platform', 'needs a special platform')
    def test_platform(self):
        pass

    @unittest.skipIf(False, 'never')
    def test_runs(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arithmetic))
suite = loader.loadTestsFromTestCase(Arithmetic)
print(suite.countTestCases(), [t.id() for t in suite][:2])
test = Arithmetic('test_add')
print(test, repr(test), test.id(), test.shortDescription(), test.countTestCases())
print(test == Arithmetic('test_add'), test == Arithmetic('test_fail'))
try:
    Arithmetic('test_nothing')
except ValueError as err:
    print(err)

run(loader.loadTestsFromTestCase(Arithmetic))
print(events)
events.clear()
run(loader.loadTestsFromTestCase(Arithmetic), verbosity=2)
events.clear()
run(unittest.TestSuite([loader.loadTestsFromTestCase(c)
                        for c in (Skipped, BrokenClassFixture, BrokenSetUp, Conditional)]),
    verbosity=2)
print(events)
run(unittest.TestSuite())
run(loader.loadTestsFromTestCase(Conditional), verbosity=0)
run(loader.loadTestsFromTestCase(Arithmetic), failfast=True)

# Names and modules.
module_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases())
by_name = loader.loadTestsFromName('Arithmetic.test_add', sys.modules[__name__])
print([t.id() for t in by_name])
names = loader.loadTestsFromNames(['Conditional', 'Arithmetic.test_fail'],
                                  sys.modules[__name__])
print(names.countTestCases())
bad = loader.loadTestsFromName('NoSuchThing', sys.modules[__name__])
print(len(loader.errors), loader.errors[0].splitlines()[0])
run(bad)
loader.testNamePatterns = ['*add*']
print(loader.getTestCaseNames(Arithmetic))

# FunctionTestCase and a plain TestResult.
def plain_check():
    """A function test."""
    assert 1 == 2, 'plain assert'


ftc = unittest.FunctionTestCase(plain_check)
print(ftc, ftc.id(), ftc.shortDescription())
result = unittest.TestResult()
ftc.run(result)
print(result, len(result.failures), result.failures[0][1].splitlines()[-1])
result = unittest.TestResult()
Arithmetic('test_subtests').run(result)
print(result.testsRun, [str(t) for t, _ in result.failures], [str(t) for t, _ in result.errors])

# Buffering output.
class Noisy(unittest.TestCase):
    def test_prints_and_fails(self):
        print('captured line')
        self.fail('noisy')

    def test_prints_and_passes(self):
        print('not shown')


run(loader.loadTestsFromTestCase(Noisy), buffer=True)

# main() with argv, without exiting.
stream = io.StringIO()
program = unittest.main(module=__name__, argv=['prog', '-v', 'Conditional'], exit=False,
                        testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(normalized(stream.getvalue()), end='')
print(program.result.testsRun, program.verbosity)
stream = io.StringIO()
try:
    unittest.main(module=__name__, argv=['prog', 'Arithmetic.test_add'],
                  testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as exit:
    print('exit code', exit.code)
print(normalized(stream.getvalue()), end='')
stream = io.StringIO()
try:
    unittest.main(module=__name__, argv=['prog', '-k', 'fail'],
                  testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as exit:
    print('exit code', exit.code)
print(normalized(stream.getvalue()), end='')
