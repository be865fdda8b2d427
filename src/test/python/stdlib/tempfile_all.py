# tempfile: names, locations, permissions and cleanup of every kind of temporary file
# and directory (only properties that do not depend on the random names are printed).
import os
import stat
import tempfile

base = tempfile.mkdtemp(prefix='base-', suffix='-dir')
print(os.path.isdir(base), os.path.basename(base).startswith('base-'), base.endswith('-dir'),
      os.path.isabs(base), oct(stat.S_IMODE(os.stat(base).st_mode)))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template,
      os.path.isdir(tempfile.gettempdir()), tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()))

fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base)
os.write(fd, b'hello')
os.close(fd)
name = os.path.basename(path)
print(os.path.dirname(path) == base, name.startswith('pre_'), name.endswith('.txt'),
      len(name) == len('pre_') + 8 + len('.txt'), oct(stat.S_IMODE(os.stat(path).st_mode)))
with open(path, 'rb') as f:
    print(f.read())
fd, bpath = tempfile.mkstemp(dir=os.fsencode(base))
os.close(fd)
print(type(bpath).__name__, os.path.basename(bpath).startswith(b'tmp'))
for args in ((b'x', 'y'), ('x', None, b'dir')):
    try:
        tempfile.mkstemp(*args)
    except TypeError as err:
        print('TypeError:', err)
print(tempfile.mktemp(dir=base).startswith(os.path.join(base, 'tmp')))

with tempfile.NamedTemporaryFile(mode='w+', dir=base, suffix='.log', encoding='utf-8') as f:
    f.write('line\n')
    f.flush()
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith('.log'), f.mode, f.closed)
    named = f.name
print(os.path.exists(named))
f = tempfile.NamedTemporaryFile(dir=base, delete=False)
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)
f = tempfile.NamedTemporaryFile(dir=base, delete_on_close=False)
f.write(b'x')
f.close()
print('after close:', os.path.exists(f.name))
f.__exit__(None, None, None)
print('after exit:', os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir=base) as f:
    f.write('a\nb\n')
    f.seek(0)
    print(list(f))

with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read(), isinstance(f.name, int), sorted(os.listdir(base)) == sorted(
        [os.path.basename(path), os.path.basename(os.fsdecode(bpath))]))

with tempfile.SpooledTemporaryFile(max_size=10, mode='w+b', dir=base) as spool:
    spool.write(b'12345')
    print(spool._rolled, spool.tell(), spool.name)
    spool.write(b'678901')
    print(spool._rolled, spool.tell())
    spool.seek(0)
    print(spool.read())
with tempfile.SpooledTemporaryFile(mode='w+', dir=base) as spool:
    spool.write('text')
    spool.seek(0)
    print(spool.read(), spool.mode, spool.encoding, spool._rolled)
    spool.rollover()
    spool.seek(0)
    print(spool.read(), spool._rolled)

with tempfile.TemporaryDirectory(dir=base, prefix='td') as directory:
    os.makedirs(os.path.join(directory, 'a', 'b'))
    with open(os.path.join(directory, 'a', 'b', 'f'), 'w') as f:
        f.write('x')
    print(os.path.basename(directory).startswith('td'), os.path.isdir(directory))
print(os.path.exists(directory))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td) == f'<TemporaryDirectory {td.name!r}>', os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
kept = tempfile.TemporaryDirectory(dir=base, delete=False)
with kept as name:
    pass
print(os.path.isdir(name))
kept.cleanup()
print(os.path.isdir(name))

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
