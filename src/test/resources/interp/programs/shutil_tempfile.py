# tempfile and shutil: names are checked by shape, trees printed relative and sorted
import os, shutil, tempfile, stat

def tree(top):
    out = []
    for dirpath, dirs, files in os.walk(top):
        rel = os.path.relpath(dirpath, top)
        for name in sorted(dirs) + sorted(files):
            out.append(os.path.join(rel, name))
    return sorted(out)

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdirb() == os.fsencode(tmp))

fd, path = tempfile.mkstemp(suffix='.dat', prefix='emb_')
name = os.path.basename(path)
print(os.path.dirname(path) == tmp, name.startswith('emb_'), name.endswith('.dat'), len(name), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b'data')
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)

d = tempfile.mkdtemp(prefix='embdir_')
print(os.path.isdir(d), os.path.basename(d).startswith('embdir_'), oct(stat.S_IMODE(os.stat(d).st_mode)), os.listdir(d))
fd, p2 = tempfile.mkstemp(dir=d, text=True)
os.close(fd)
print(os.path.dirname(p2) == d, len(os.listdir(d)))
print(len(os.path.basename(tempfile.mktemp(dir=d))))

with tempfile.NamedTemporaryFile(dir=d, suffix='.txt') as f:
    print(os.path.exists(f.name), f.name.endswith('.txt'), os.path.dirname(f.name) == d, f.mode)
    f.write(b'abc')
    f.seek(0)
    print(f.read())
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir=d, delete=False) as f:
    f.write('text\n')
    kept = f.name
print(os.path.exists(kept))
with open(kept) as g:
    print(repr(g.read()))
os.remove(kept)
with tempfile.TemporaryFile(dir=d) as f:
    f.write(b'hidden')
    f.seek(0)
    print(f.read(), len(os.listdir(d)))
with tempfile.SpooledTemporaryFile(max_size=10, dir=d) as f:
    f.write(b'12345')
    print(f._rolled, f.tell())
    f.write(b'678901')
    print(f._rolled, f.tell())
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory(prefix='tdir') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('tdir'))
    os.makedirs(os.path.join(td, 'x/y'))
    with open(os.path.join(td, 'x/y/f'), 'w') as f:
        f.write('f')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith('<TemporaryDirectory '))
t.cleanup()
print(os.path.exists(t.name))

os.chdir(d)
os.makedirs('src/sub/deep')
for name, text in [('src/a.txt', 'A' * 10), ('src/sub/b.py', 'print(1)\n'), ('src/sub/deep/c', '')]:
    with open(name, 'w') as f:
        f.write(text)
os.chmod('src/a.txt', 0o640)
os.utime('src/a.txt', (1000000000, 1200000000))
print(shutil.copyfile('src/a.txt', 'a1.txt'), oct(stat.S_IMODE(os.stat('a1.txt').st_mode)) != '0o640' or 'same')
print(shutil.copy('src/a.txt', 'a2.txt'), oct(stat.S_IMODE(os.stat('a2.txt').st_mode)))
print(shutil.copy2('src/a.txt', 'a3.txt'), os.stat('a3.txt').st_mtime, os.path.getsize('a3.txt'))
os.mkdir('dest')
print(shutil.copy('src/a.txt', 'dest'), os.listdir('dest'))
try:
    shutil.copyfile('a1.txt', 'a1.txt')
except shutil.SameFileError as e:
    print('SameFileError', e)
try:
    shutil.copyfile('missing', 'x')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(shutil.copytree('src', 'copy'), tree('copy'))
try:
    shutil.copytree('src', 'copy')
except FileExistsError as e:
    print('FileExistsError', e)
print(shutil.copytree('src', 'copy', dirs_exist_ok=True), shutil.copytree('src', 'copy2', ignore=lambda d, names: {'sub'}), tree('copy2'))
print(shutil.move('a1.txt', 'moved.txt'), os.path.exists('a1.txt'), shutil.move('moved.txt', 'dest'), sorted(os.listdir('dest')))
print(shutil.move('copy2', 'copy3'), tree('copy3'))
shutil.rmtree('copy')
print(os.path.exists('copy'))
try:
    shutil.rmtree('copy')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
shutil.rmtree('copy', ignore_errors=True)
seen = []
shutil.rmtree('copy', onexc=lambda func, path, exc: seen.append((func.__name__, path, type(exc).__name__)))
print(seen)
os.mkdir('bin')
with open('bin/tool', 'w') as f:
    f.write('#!/bin/sh\n')
os.chmod('bin/tool', 0o755)
with open('bin/notexec', 'w') as f:
    f.write('x')
print(shutil.which('tool', path='bin'), shutil.which('notexec', path='bin'), shutil.which('none', path='bin'), shutil.which('bin/tool'))
usage = shutil.disk_usage('.')
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free >= 0)
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
os.chdir('/')
shutil.rmtree(d)
print(os.path.exists(d))
