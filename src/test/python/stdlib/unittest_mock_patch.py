# unittest.mock: patch, patch.object, patch.dict, patch.multiple, patch.stopall as decorators,
# class decorators, context managers and start/stop
import os
import re
import sys
import types
import unittest
from unittest import mock
from unittest.mock import patch, sentinel, DEFAULT, MagicMock, NonCallableMagicMock


def norm(obj):
    return re.sub(r"id='\d+'", "id='N'", str(obj))


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except BaseException as e:
        print(f'{label}: {type(e).__name__}: {norm(e)}')
    else:
        print(f'{label}: ok {norm(result)}')


# a module to patch, made here so the program needs no files
target = types.ModuleType('mock_target_mod')
target.value = 'original'
target.func = lambda: 'real func'
target.settings = {'a': 1}


class Thing:
    attr = 'class attr'

    def method(self, x):
        return 'real method'

    @classmethod
    def cmethod(cls):
        return 'real cmethod'

    @staticmethod
    def smethod():
        return 'real smethod'


target.Thing = Thing
sys.modules['mock_target_mod'] = target

# ---- patch as a context manager ----
with patch('mock_target_mod.value') as p:
    print(norm(p), norm(target.value), p is target.value)
print(target.value)
with patch('mock_target_mod.value', 'replaced') as p:
    print(p, target.value)
print(target.value)
with patch('mock_target_mod.func', return_value=5) as pf:
    print(target.func(), pf.call_count)
print(target.func())
with patch('mock_target_mod.missing', 1, create=True):
    print(target.missing)
print(hasattr(target, 'missing'))
attempt('missing attribute', patch('mock_target_mod.missing').__enter__)
attempt('bad target', patch, 'nodots')
attempt('bad target type', patch, 3)
attempt('new and new_callable', patch, 'mock_target_mod.value', 1, new_callable=list)
with patch('mock_target_mod.value', new_callable=list) as pl:
    print(pl, target.value)
with patch('os.path.sep', '!'):
    print(os.path.sep)
print(os.path.sep)

# ---- patch as a decorator ----
@patch('mock_target_mod.value', 'decorated')
def uses_value():
    return target.value

print(uses_value(), target.value)


@patch('mock_target_mod.func')
@patch('mock_target_mod.value')
def two_patches(extra, value_mock, func_mock):
    print(norm(value_mock), norm(func_mock), extra)
    func_mock.return_value = 'mocked'
    return target.func()

print(two_patches('extra'), target.func())
print(len(two_patches.patchings), two_patches.__name__)


@patch('mock_target_mod.value')
def raises(value_mock):
    raise ValueError('inside')

attempt('patch undone after error', raises)
print(target.value)

# ---- patch.object ----
with patch.object(Thing, 'method', return_value='mocked method') as pm:
    print(Thing().method(1), pm.call_args, norm(pm))
print(Thing().method(1))
with patch.object(Thing, 'attr', 'new attr'):
    print(Thing.attr)
print(Thing.attr)
with patch.object(Thing, 'cmethod') as pc:
    pc.return_value = 'mocked cmethod'
    print(Thing.cmethod())
print(Thing.cmethod(), Thing.smethod())
attempt('patch.object with str', patch.object, 'mock_target_mod', 'value')
obj = Thing()
with patch.object(obj, 'attr', 'instance attr'):
    print(obj.attr, Thing.attr)
print(obj.attr, 'attr' in obj.__dict__)

# ---- spec and autospec through patch ----
with patch('mock_target_mod.Thing', spec=True) as pt:
    print(norm(pt), isinstance(target.Thing(), Thing), norm(pt.return_value))
    attempt('spec=True attr', getattr, pt, 'nope')
with patch('mock_target_mod.Thing', autospec=True) as pa:
    instance = target.Thing()
    instance.method(1)
    attempt('autospec wrong args', instance.method)
    print(instance.method.call_args)
with patch.object(Thing, 'method', autospec=True) as pam:
    pam.return_value = 'auto'
    print(Thing().method(2), pam.call_count)
    attempt('autospec sig', Thing().method)
with patch('mock_target_mod.value', spec_set=True) as pss:
    attempt('spec_set str', setattr, pss, 'nope', 1)
    print(norm(pss))
attempt('spec and autospec', patch('mock_target_mod.value', spec=True, autospec=True).__enter__)
attempt('autospec and new', patch('mock_target_mod.value', 1, autospec=True).__enter__)
attempt('kwargs with new', patch('mock_target_mod.value', 1, foo=2).__enter__)

# ---- patch.dict ----
with patch.dict(target.settings, {'b': 2}):
    print(target.settings)
print(target.settings)
with patch.dict(target.settings, {'c': 3}, clear=True):
    print(target.settings)
print(target.settings)
with patch.dict('mock_target_mod.settings', d=4) as d:
    print(d is target.settings, target.settings)
print(target.settings)


@patch.dict(target.settings, {'x': 'y'})
def in_dict():
    return dict(target.settings)

print(in_dict(), target.settings)
os_env_before = dict(os.environ)
with patch.dict(os.environ, {'MOCK_TEST_VAR': '1'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ, dict(os.environ) == os_env_before)

# ---- patch.multiple ----
with patch.multiple('mock_target_mod', value='multi', func=DEFAULT) as values:
    print(target.value, list(values), norm(values['func']))
print(target.value)


@patch.multiple(Thing, attr=DEFAULT, cmethod=DEFAULT)
def multi(attr, cmethod):
    return norm(attr), norm(cmethod)

print(multi())
attempt('multiple without kwargs', patch.multiple, Thing)

# ---- start / stop / stopall ----
p1 = patch('mock_target_mod.value', 'started')
p2 = patch.object(Thing, 'attr', 'started too')
p3 = patch.dict(target.settings, {'s': 1})
print(p1.start(), p2.start(), p3.start())
print(target.value, Thing.attr, target.settings)
p1.stop()
print(target.value)
print(p1.stop())
patch.stopall()
print(target.value, Thing.attr, target.settings)

# ---- class decorator ----
@patch('mock_target_mod.value', 'class-patched')
class Tests(unittest.TestCase):
    def test_one(self):
        self.assertEqual(target.value, 'class-patched')

    def helper(self):
        return target.value

    def test_two(self):
        self.assertEqual(self.helper(), 'class-patched')

result = unittest.TextTestRunner(stream=open(os.devnull, 'w')).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Tests))
print(result.testsRun, result.wasSuccessful(), Tests('test_one').helper())
print(patch.TEST_PREFIX)


@patch.dict(target.settings, {'cls': True})
class DictTests:
    def test_a(self):
        return dict(target.settings)

    def other(self):
        return dict(target.settings)

print(DictTests().test_a(), DictTests().other())

# ---- patching builtins ----
with patch('builtins.ord', return_value=99):
    print(ord('a'))
print(ord('a'))
with patch('mock_target_mod.open', create=False) as po:
    print(norm(po))
