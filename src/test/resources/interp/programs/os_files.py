# os and os.path on a private directory tree: everything printed is relative and sorted
import os, stat, errno, io

base = '/tmp/ember-os-files-%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.abspath('x') == base + '/x')

os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename)
try:
    os.mkdir('a')
except OSError as e:
    print(type(e).__name__, e)

fd = os.open('a/f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'hello world\n'))
os.close(fd)
fd = os.open('a/f.txt', os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
fd2 = os.dup(fd)
print(fd2 != fd)
os.close(fd2)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e)

print(sorted(os.listdir('a')), sorted(os.listdir('a/b')))
print(os.path.exists('a/f.txt'), os.path.isfile('a/f.txt'), os.path.isdir('a/f.txt'))
print(os.path.isdir('a'), os.path.exists('nope'), os.path.getsize('a/f.txt'))

st = os.stat('a/f.txt')
print(st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]))
print(len(st), type(st).__name__, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
os.chmod('a/f.txt', 0o640)
print(stat.filemode(os.stat('a/f.txt').st_mode), oct(stat.S_IMODE(os.stat('a/f.txt').st_mode)))
print(stat.filemode(os.stat('a').st_mode)[0])
os.utime('a/f.txt', (1000000000, 1500000000))
print(os.stat('a/f.txt').st_mtime, os.path.getmtime('a/f.txt'), os.stat('a/f.txt').st_atime_ns)
os.utime('a/f.txt', ns=(5, 1234567890123456789))
print(os.stat('a/f.txt').st_mtime_ns)

os.symlink('f.txt', 'a/link')
print(os.readlink('a/link'), os.path.islink('a/link'), os.path.islink('a/f.txt'))
print(stat.S_ISLNK(os.lstat('a/link').st_mode), stat.S_ISREG(os.stat('a/link').st_mode))
print(os.path.realpath('a/link') == base + '/a/f.txt', os.path.samefile('a/link', 'a/f.txt'))

os.rename('a/f.txt', 'a/g.txt')
print(sorted(os.listdir('a')))
os.replace('a/g.txt', 'a/b/g.txt')
for top, dirs, files in os.walk('a'):
    dirs.sort()
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk('a', topdown=False):
    print(top, sorted(dirs), sorted(files))
print(list(os.walk('missing')))
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])

with os.scandir('a') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), repr(e))
print(os.fspath(entries[0]), isinstance(entries[0], os.PathLike))

for func, arg in [(os.remove, 'a'), (os.rmdir, 'a/b/g.txt'), (os.rmdir, 'a/b'), (os.listdir, 'a/b/g.txt'),
                  (os.stat, ''), (os.chdir, 'nowhere'), (os.readlink, 'a/b/g.txt')]:
    try:
        func(arg)
    except OSError as e:
        print(func.__name__, type(e).__name__, e.errno, errno.errorcode[e.errno], e)
try:
    os.rename('nothing', 'other')
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
try:
    os.stat(42.5)
except TypeError as e:
    print(e)

os.remove('a/link')
os.unlink('a/b/g.txt')
os.removedirs('a/b/c')
print(os.listdir('.'), os.access('.', os.W_OK), os.access('nope', os.F_OK))
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))
import sys, _io
sys.stdout.flush()   # os.write bypasses the buffer of sys.stdout
print(os.write(1, b'straight to stdout\n'))
print(_io.FileIO.__name__, issubclass(_io.FileIO, _io._RawIOBase), _io.open is io.open)
