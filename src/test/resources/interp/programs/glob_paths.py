# glob on a private tree: sorted results
import glob, os

base = '/tmp/ember-glob-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
for d in ['a/b/c', 'a/.hid', 'x', '.dot', 'br[ack]', 'q?']:
    os.makedirs(d)
for f in ['a/one.py', 'a/two.txt', 'a/b/three.py', 'a/b/c/four.py', 'a/.hid/five.py', 'a/.six.py',
          'x/data1', 'x/data2', 'x/data10', 'x/Data3', 'br[ack]/in', 'q?/mark', '.dot/f', 'top.py']:
    open(f, 'w').close()

def show(pattern, **kw):
    print(pattern, kw or '', sorted(glob.glob(pattern, **kw)))

for p in ['*', '*.py', 'a/*', 'a/*.py', '*/*.py', 'a/b/*/*', 'x/data?', 'x/data[0-9]', 'x/data[!1]*', 'x/[dD]ata*',
          'x/data[12]', 'x/*1*', 'nomatch*', 'a', 'a/', 'missing', 'a/one.py', '*/', 'a/*/', 'x/data[', 'br[[]ack]/*',
          glob.escape('br[ack]') + '/*', glob.escape('q?') + '/*', '.*', 'a/.*', '*/.*', '[a-b]*', '?']:
    show(p)
for p in ['**', '**/*.py', 'a/**', 'a/**/', '**/c', 'a/**/*.py', '**/']:
    show(p, recursive=True)
show('**/*.py', recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('**', recursive=False)
show('*.py', root_dir='a')
show('**/*.py', root_dir='a', recursive=True)
print(sorted(glob.iglob('x/*')), glob.escape('a*b?c[d]'), glob.escape('plain'), glob.has_magic('a[b'), glob.has_magic('ab'))
print(sorted(glob.glob(b'x/data?')), glob.escape(b'f*'))
for dirpath, dirs, files in os.walk('.', topdown=False):
    for f in files:
        os.remove(os.path.join(dirpath, f))
    for d in dirs:
        os.rmdir(os.path.join(dirpath, d))
os.chdir('/')
os.rmdir(base)
