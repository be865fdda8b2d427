# unittest: test discovery (pattern, packages, top-level dir, import failures, load_tests)
# and the `python -m unittest` command line (main(module=None)).
import io
import os
import re
import shutil
import sys
import tempfile
import unittest

root = tempfile.mkdtemp()


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)


TEST_TEMPLATE = '''
import unittest

class {name}(unittest.TestCase):
    def test_pass(self):
        pass

    def test_{name}_check(self):
        self.assertEqual({left}, {right})
'''

write('proj/test_alpha.py', TEST_TEMPLATE.format(name='Alpha', left=1, right=1))
write('proj/test_beta.py', TEST_TEMPLATE.format(name='Beta', left=1, right=2))
write('proj/check_gamma.py', TEST_TEMPLATE.format(name='Gamma', left=3, right=3))
write('proj/test_broken.py', 'import no_such_module_here\n')
write('proj/sub/__init__.py', '')
write('proj/sub/test_delta.py', TEST_TEMPLATE.format(name='Delta', left=2, right=2))
write('proj/nopkg/test_hidden.py', TEST_TEMPLATE.format(name='Hidden', left=0, right=0))
write('proj/custom/__init__.py', '''
def load_tests(loader, tests, pattern):
    import unittest
    class Custom(unittest.TestCase):
        def test_from_load_tests(self):
            pass
    tests.addTests(loader.loadTestsFromTestCase(Custom))
    return tests
''')
write('proj/custom/test_ignored.py', TEST_TEMPLATE.format(name='Ignored', left=0, right=0))
write('proj/test_skipmod.py', 'import unittest\nraise unittest.SkipTest("module skipped")\n')


def normalized(text):
    text = text.replace(root, 'ROOT')
    text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', text)
    # The import error's traceback goes through importlib's frames: keep only its last line.
    return re.sub(r'Traceback \(most recent call last\):\n(?:  .*\n)+', 'Traceback ...\n',
                  text)


def ids(suite):
    found = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            found.extend(ids(test))
        else:
            found.append(test.id())
    return found


saved_path = list(sys.path)
try:
    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(root, 'proj'))
    print(sorted(ids(suite)))
    print(len(loader.errors), normalized(loader.errors[0]).splitlines()[:1])
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(normalized(stream.getvalue()), end='')

    loader = unittest.TestLoader()
    print(ids(loader.discover(os.path.join(root, 'proj'), pattern='check_*.py')))
    loader = unittest.TestLoader()
    print(sorted(ids(loader.discover(os.path.join(root, 'proj', 'sub'),
                                     top_level_dir=os.path.join(root, 'proj')))))
    try:
        unittest.TestLoader().discover(os.path.join(root, 'proj', 'nopkg'),
                                       top_level_dir=os.path.join(root, 'proj'))
    except ImportError as err:
        print('ImportError:', normalized(str(err)))

    for argv in (['python -m unittest', 'discover', '-s', os.path.join(root, 'proj'),
                  '-p', 'check_*.py'],
                 ['python -m unittest', 'discover', '-v', os.path.join(root, 'proj'),
                  'test_a*.py'],
                 ['python -m unittest', '-k', 'pass', 'discover', '-p', 'test_[ab]*.py'],
                 ['python -m unittest', '--bogus'],
                 ['python -m unittest', 'discover', '-s'],
                 ['python -m unittest', 'test_alpha.Alpha.test_pass', 'test_beta']):
        stream = io.StringIO()
        for name in [n for n in sys.modules if n.startswith(('test_', 'check_', 'sub',
                                                             'custom'))]:
            del sys.modules[name]
        unittest.defaultTestLoader.testNamePatterns = None
        if argv[1] == 'test_alpha.Alpha.test_pass':
            sys.path.insert(0, os.path.join(root, 'proj'))
        errors = io.StringIO()
        saved_stderr, sys.stderr = sys.stderr, errors
        try:
            program = unittest.main(module=None, argv=argv,
                                    testRunner=unittest.TextTestRunner(stream=stream))
        except SystemExit as exit:
            code = exit.code
        finally:
            sys.stderr = saved_stderr
        print('exit code', code)
        print(normalized(errors.getvalue()), end='')
        print(normalized(stream.getvalue()), end='')
finally:
    sys.path[:] = saved_path
    shutil.rmtree(root)
