# os.path (posixpath) string operations, os constants, environ, stat and errno tables
import os, os.path, posixpath, stat, errno

print(os.path is posixpath, os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir)
J = os.path.join
print(J('a'), J('a', 'b'), J('a/', 'b'), J('a', '/b', 'c'), J('', 'x'), J('a', ''), J(b'a', b'b'))
for p in ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b', 'a/b/c.txt', '.bashrc', 'a/.b.c', 'x..y', '...']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.isabs(p), repr(os.path.normpath(p)), os.path.splitroot(p), os.path.splitdrive(p))
for p in ['a/./b', 'a/../b', '../../a', '/../a', 'a/b/../../..', '//x/../y', './', 'a//b///c/']:
    print(repr(p), repr(os.path.normpath(p)), repr(os.path.normpath(p.encode())))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/x/y', '/a/b'), os.path.relpath('/a', '/a'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b', 'a/c']), os.path.commonpath(['/a']))
for bad in [[], ['/a', 'b']]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError', e)

os.environ['EMBER_T1'] = 'one'
os.environ['EMBER_T2'] = '/two'
print(os.environ['EMBER_T1'], os.getenv('EMBER_T1'), os.getenv('EMBER_NONE'), os.getenv('EMBER_NONE', 'dflt'), 'EMBER_T1' in os.environ)
print(os.path.expandvars('$EMBER_T1/${EMBER_T2}/$EMBER_NONE/${EMBER_NONE}/$/x$'), os.path.expandvars('no vars'))
os.environ['HOME'] = '/home/someone'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('x/~'), os.path.expanduser('~other/x'))
del os.environ['EMBER_T1']
print(os.environ.get('EMBER_T1'), os.environ.pop('EMBER_T2'), os.environ.pop('EMBER_T2', 'gone'))
try:
    os.environ['EMBER_T3']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)

class P:
    def __fspath__(self):
        return 'some/where.py'
print(os.fspath(P()), os.fspath('s'), os.fspath(b'b'), isinstance(P(), os.PathLike), isinstance('s', os.PathLike))
print(os.path.splitext(P()), os.path.basename(P()), issubclass(P, os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.fsencode('ä'), os.fsdecode(b'\xc3\xa4'))

print(stat.filemode(0o100755), stat.filemode(0o040700), stat.filemode(0o120777), stat.filemode(0o104755), stat.filemode(0o041777), stat.filemode(0o020600))
print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.S_IMODE(0o104755), stat.S_ISDIR(0o040000), stat.S_ISCHR(0o020000), stat.S_ISFIFO(0o010000))
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[errno.EDEADLK], len(errno.errorcode))
print(os.strerror(2), os.strerror(errno.EACCES), os.strerror(99999))
print(type(os.getpid()), os.getpid() == os.getpid(), os.cpu_count() >= 1, len(os.urandom(16)), os.urandom(0))
e = OSError(errno.ENOENT, os.strerror(errno.ENOENT), 'f')
print(type(e).__name__, e)
