# shutil: copying files, modes and times, copytree (ignore, dirs_exist_ok, errors), rmtree
# (symlinks, error handlers), move, which, disk_usage and get_terminal_size.
import io
import os
import shutil
import stat
import tempfile

root = tempfile.mkdtemp()


def rel(path):
    return os.path.relpath(path, root) if isinstance(path, str) else path


def tree(top):
    found = []
    for directory, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            found.append(os.path.relpath(os.path.join(directory, name), top))
    return sorted(found)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


src = os.path.join(root, 'src')
write(os.path.join(src, 'a.txt'), 'alpha')
write(os.path.join(src, 'b.py'), 'print(1)')
write(os.path.join(src, 'sub', 'c.txt'), 'gamma')
write(os.path.join(src, 'sub', 'deep', 'd.pyc'), 'compiled')
os.chmod(os.path.join(src, 'b.py'), 0o751)
os.utime(os.path.join(src, 'b.py'), (1_000_000_000, 1_000_000_000))

source, target = io.BytesIO(b'x' * 100_000), io.BytesIO()
shutil.copyfileobj(source, target, 1000)
print(len(target.getvalue()))

print(rel(shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(root, 'copy.txt'))))
print(open(os.path.join(root, 'copy.txt')).read())
for args in ((os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt')),
             (os.path.join(src, 'missing'), os.path.join(root, 'x')),
             (os.path.join(src, 'a.txt'), os.path.join(root, 'nodir', 'x'))):
    try:
        shutil.copyfile(*args)
    except OSError as err:
        print(type(err).__name__, str(err).replace(root, 'ROOT'))
print(rel(shutil.copy(os.path.join(src, 'b.py'), root)))
print(oct(stat.S_IMODE(os.stat(os.path.join(root, 'b.py')).st_mode)))
print(rel(shutil.copy2(os.path.join(src, 'b.py'), os.path.join(root, 'b2.py'))),
      os.stat(os.path.join(root, 'b2.py')).st_mtime)
shutil.copymode(os.path.join(src, 'a.txt'), os.path.join(root, 'b2.py'))
print(oct(stat.S_IMODE(os.stat(os.path.join(root, 'b2.py')).st_mode)) ==
      oct(stat.S_IMODE(os.stat(os.path.join(src, 'a.txt')).st_mode)))

dst = os.path.join(root, 'dst')
print(rel(shutil.copytree(src, dst)), tree(dst))
try:
    shutil.copytree(src, dst)
except FileExistsError as err:
    print('FileExistsError', str(err).replace(root, 'ROOT'))
shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns('*.pyc'))
print(tree(dst))
filtered = os.path.join(root, 'filtered')
shutil.copytree(src, filtered, ignore=shutil.ignore_patterns('*.pyc', 'sub'))
print(tree(filtered))
print(shutil.ignore_patterns('*.py', 'a*')('.', ['a.txt', 'b.py', 'c']) == {'a.txt', 'b.py'})
os.symlink(os.path.join(src, 'a.txt'), os.path.join(src, 'link'))
os.symlink(os.path.join(root, 'nowhere'), os.path.join(src, 'dangling'))
try:
    shutil.copytree(src, os.path.join(root, 'withlinks'))
except shutil.Error as err:
    print('Error', [(rel(a), rel(b), 'No such file' in c) for a, b, c in err.args[0]])
shutil.copytree(src, os.path.join(root, 'kept'), symlinks=True)
print(os.path.islink(os.path.join(root, 'kept', 'link')))
shutil.copytree(src, os.path.join(root, 'skipped'), ignore_dangling_symlinks=True)
print(tree(os.path.join(root, 'skipped')))

try:
    shutil.rmtree(os.path.join(src, 'link'))
except OSError as err:
    print('OSError raised for a symbolic link')
calls = []
shutil.rmtree(os.path.join(src, 'link'), onexc=lambda f, p, e: calls.append((f.__name__, rel(p), type(e).__name__)))
shutil.rmtree(os.path.join(root, 'missing'), onexc=lambda f, p, e: calls.append((f.__name__, rel(p), type(e).__name__)))
shutil.rmtree(os.path.join(root, 'missing'), ignore_errors=True)
print(calls)
try:
    shutil.rmtree(os.path.join(root, 'missing'))
except FileNotFoundError as err:
    print('FileNotFoundError', str(err).replace(root, 'ROOT'))
shutil.rmtree(os.path.join(root, 'kept'))
print(os.path.exists(os.path.join(root, 'kept')))

print(rel(shutil.move(os.path.join(root, 'copy.txt'), os.path.join(root, 'moved.txt'))))
os.mkdir(os.path.join(root, 'box'))
print(rel(shutil.move(os.path.join(root, 'moved.txt'), os.path.join(root, 'box'))))
write(os.path.join(root, 'moved.txt'), 'again')
try:
    shutil.move(os.path.join(root, 'moved.txt'), os.path.join(root, 'box'))
except shutil.Error as err:
    print('Error', str(err).replace(root, 'ROOT'))
print(rel(shutil.move(filtered, os.path.join(root, 'box'))), tree(os.path.join(root, 'box')))

bin_dir = os.path.join(root, 'bin')
write(os.path.join(bin_dir, 'tool'), '#!/bin/sh\n')
write(os.path.join(bin_dir, 'data'), '')
os.chmod(os.path.join(bin_dir, 'tool'), 0o755)
path = os.pathsep.join([os.path.join(root, 'none'), bin_dir])
print(rel(shutil.which('tool', path=path)), shutil.which('data', path=path),
      shutil.which('tool', path=''), rel(shutil.which(os.path.join(bin_dir, 'tool'))),
      shutil.which('data', mode=os.F_OK, path=path) is not None)
usage = shutil.disk_usage(root)
print(usage.total >= usage.used >= 0, usage.free >= 0, type(usage).__name__ != '', len(usage))
os.environ['COLUMNS'], os.environ['LINES'] = '100', '40'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((33, 7)))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
shutil.rmtree(root)
print(os.path.exists(root))
