# glob: patterns, recursion, hidden files, root_dir, trailing separators, escape,
# has_magic and translate, on a directory tree made for the test.
import glob
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
for path in ('a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/.h/f.py',
             'sub/deeper/g.py', 'other/h.py', '[x].py', 'x.py'):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(path)
os.makedirs(os.path.join(root, 'empty'))


def show(pattern, **kwargs):
    found = glob.glob(pattern, root_dir=root, **kwargs)
    print(repr(pattern), kwargs, sorted(found))


for pattern in ('*.py', '*', '.*', '?.py', '[ab].py', '[!a].py', 'sub/*', 'sub/*.py', '*/*.py',
                '**/*.py', '**', 'sub/**', 'nothing*', 'a.py', 'missing.py', 'sub/', 'a.py/',
                '*/', '', '[[]x].py', glob.escape('[x].py'), 'sub/.*'):
    show(pattern)
for pattern in ('**/*.py', '**', 'sub/**', '**/', 'sub/**/*.py', '**/**/g.py'):
    show(pattern, recursive=True)
    show(pattern, recursive=True, include_hidden=True)
show('*', include_hidden=True)

# Without root_dir: paths come back with the directory prefix as given.
prefix = os.path.join(root, 'sub')
print(sorted(p.replace(root, 'ROOT') for p in glob.glob(os.path.join(prefix, '*.py'))))
print(sorted(p.replace(root, 'ROOT') for p in glob.iglob(os.path.join(root, '**', '*.txt'),
                                                           recursive=True)))
print(sorted(glob.glob(b'*.py', root_dir=os.fsencode(root))))
cwd = os.getcwd()
os.chdir(root)
try:
    print(sorted(glob.glob('*.txt')), sorted(glob.glob('**/g.py', recursive=True)))
finally:
    os.chdir(cwd)

print(glob.escape('a[b]*?.txt'), glob.escape(b'x*'), glob.has_magic('a*'), glob.has_magic('ab'),
      glob.has_magic(b'a['))
for pattern in ('*.py', '**/*.txt', 'a/**', 'a?[bc]/x', '.*', 'a/**/b', '[!a]*', '*', '**',
                'x/*/y', 'a.b'):
    print(repr(pattern), glob.translate(pattern), glob.translate(pattern, recursive=True),
          glob.translate(pattern, recursive=True, include_hidden=True),
          glob.translate(pattern, seps='/\\'))
shutil.rmtree(root)
