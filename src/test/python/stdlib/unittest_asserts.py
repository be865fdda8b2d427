# unittest: the failure messages of the assert* family (str/list/dict diffs, longMessage,
# maxDiff, shortened reprs) and the assertRaises/assertWarns context managers.
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


case = Probe()


def check(name, *args, **kwargs):
    try:
        getattr(case, name)(*args, **kwargs)
    except AssertionError as err:
        print(f'{name}: FAIL')
        print(str(err))
    else:
        print(f'{name}: ok')
    print('---')


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'line one\nline two\n', 'line one\nline 2\n')
check('assertEqual', 'no newline', 'no newline!')
check('assertEqual', '', 'x')
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1], [1, 2, 3])
check('assertEqual', (1, 2), (1, 3))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2}, {2, 3})
check('assertEqual', frozenset([1]), frozenset([2]))
check('assertEqual', 'x' * 100 + 'a', 'x' * 100 + 'b')
check('assertEqual', list(range(100)), list(range(99)) + [1000])
check('assertEqual', [1, 2], (1, 2))
check('assertNotEqual', 3, 3)
check('assertTrue', 0)
check('assertTrue', [], 'should be truthy')
check('assertFalse', 'yes')
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 0)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertNotIn', 'b', 'abc')
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 10, 12, delta=1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 10, 11, delta=2)
check('assertCountEqual', [1, 1, 2], [1, 2, 2])
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertSequenceEqual', 'abc', 'abd')
check('assertListEqual', (1,), [1])
check('assertDictEqual', [], {})
check('assertMultiLineEqual', 'a\nb\nc\n', 'a\nB\nc\n')
check('assertRegex', 'hello world', r'wor+ld!')
check('assertNotRegex', 'hello world', r'o w')
check('assertSetEqual', {1}, [1])
check('assertDictEqual', {'k': 'v' * 50, 'x': list(range(30))},
      {'k': 'v' * 49, 'x': list(range(31))})

case.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
case.longMessage = True
case.maxDiff = None
check('assertEqual', list(range(40)), list(range(1, 41)))
case.maxDiff = 20
check('assertEqual', list(range(40)), list(range(1, 41)))
case.maxDiff = 640

# Type-specific equality functions.
class Money:
    def __init__(self, cents):
        self.cents = cents


def money_equal(first, second, msg=None):
    if first.cents != second.cents:
        raise case.failureException(msg or f'{first.cents} cents != {second.cents} cents')


case.addTypeEqualityFunc(Money, money_equal)
check('assertEqual', Money(1), Money(2))

# assertRaises family.
with case.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with case.assertRaisesRegex(KeyError, 'miss') as cm:
    {}['missing']
print(repr(cm.exception))
print(case.assertRaises(ZeroDivisionError, lambda: 1 / 0))
for args, kwargs in [((ValueError,), {}), ((ValueError, (lambda: None)), {}),
                     (((TypeError, ValueError),), {'msg': 'note'})]:
    try:
        with case.assertRaises(*args, **kwargs):
            pass
    except AssertionError as err:
        print('raises:', err)
    except TypeError as err:
        print('raises TypeError:', err)
try:
    case.assertRaises(ValueError, int, '5')
except AssertionError as err:
    print('raises:', err)
try:
    with case.assertRaisesRegex(ValueError, r'^\d+$'):
        raise ValueError('abc')
except AssertionError as err:
    print('regex:', err)
try:
    with case.assertRaises(ValueError):
        raise TypeError('other')
except TypeError as err:
    print('passes through:', err)
for bad in (1, 'ValueError', (ValueError, 2)):
    try:
        case.assertRaises(bad)
    except TypeError as err:
        print('bad arg:', err)
try:
    case.assertRaises(ValueError, foo=1)
except TypeError as err:
    print('bad kwarg:', err)

# assertWarns family.
with case.assertWarns(DeprecationWarning) as cm:
    warnings.warn('old', DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0)
with case.assertWarnsRegex(UserWarning, 'sp.m'):
    warnings.warn('spam')
for body in ('none', 'other', 'nomatch'):
    try:
        with case.assertWarnsRegex(UserWarning, 'eggs'):
            if body == 'other':
                warnings.warn('x', RuntimeWarning)
            elif body == 'nomatch':
                warnings.warn('spam')
    except AssertionError as err:
        print('warns:', err)
try:
    case.assertWarns(UserWarning, len, [])
except AssertionError as err:
    print('warns:', err)
try:
    case.assertWarns(ValueError)
except TypeError as err:
    print('bad warning:', err)

# fail / skipTest
try:
    case.fail('boom')
except AssertionError as err:
    print('fail:', err)
try:
    case.fail()
except AssertionError as err:
    print('fail:', repr(err))
try:
    case.skipTest('later')
except unittest.SkipTest as err:
    print('skip:', err)
