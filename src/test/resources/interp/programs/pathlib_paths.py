# pathlib: pure path algebra, then I/O in a private directory (relative, sorted output)
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePosixPath('/usr/lib/python3.14/os.tar.gz')
print(p, repr(p), p.parts, p.root, p.anchor, repr(p.drive), p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(repr(PurePath('a', 'b')), type(PurePath()).__name__, PurePath(), PurePath('.'), PurePath(''), PurePath('a/./b//c/'), PurePath('//x'), PurePath('///x'))
print(PurePath('a') / 'b' / PurePath('c'), '/root' / PurePath('x'), PurePath('a', '/abs', 'z'), PurePath('a').joinpath('b', 'c'))
print(PurePath('a/b.py').with_name('c.txt'), PurePath('a/b.py').with_suffix('.pyc'), PurePath('a/b.py').with_suffix(''), PurePath('a/b.py').with_stem('z'))
print(PurePath('.bashrc').suffix, PurePath('.bashrc').stem, PurePath('a..b').suffixes, PurePath('/').name)
for bad in [lambda: PurePath('/').with_name('x'), lambda: PurePath('a').with_suffix('txt'), lambda: PurePath('a').with_name('b/c'),
            lambda: PurePath('/a/b').relative_to('/c'), lambda: PurePath('a').relative_to('/a'),
            lambda: PurePath(3), lambda: PurePath('a') / 3]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b/c').relative_to(PurePath('/a/b/c')), PurePath('/a/b').relative_to('/a/c', walk_up=True))
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'), PurePath('a').is_absolute(), PurePath('/a').is_absolute())
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('a/*.py'), PurePath('/a.py').match('/*.py'), PurePath('a/b.py').match('/*.py'))
print(PurePath('a/b/c.py').full_match('a/**/*.py'), PurePath('a/c.py').full_match('a/**/*.py'), PurePath('a/b/c.py').full_match('*.py'), PurePath('a/b').full_match('**'))
print(PurePath('a') == PurePath('a/'), PurePath('a') == 'a', PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('a/c'), PurePath('/z')]), hash(PurePath('x')) == hash(PurePath('x/')))
print(os.fspath(PurePath('a/b')), bytes(PurePath('a/b')), PurePath('a/b').as_posix(), str(PurePath('a', 'b')))

base = '/tmp/ember-pathlib-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
root = Path('.')
print(repr(Path('x')), type(Path('x')).__name__, isinstance(Path('x'), PurePosixPath), Path.cwd() == Path(base), Path('x').absolute() == Path(base, 'x'))
d = Path('d')
d.mkdir()
(d / 'sub' / 'deep').mkdir(parents=True)
(d / 'sub').mkdir(exist_ok=True)
try:
    d.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
try:
    Path('no/such').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
f = d / 'hello.txt'
print(f.write_text('héllo\nworld\n'), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), d.is_dir())
print((d / 'b.bin').write_bytes(b'\x00\x01'), (d / 'b.bin').read_bytes(), (d / 'b.bin').stat().st_size)
(d / '.hidden').touch()
(d / 'sub' / 'x.py').touch()
(d / 'sub' / 'deep' / 'y.py').touch()
with (d / 'sub' / 'x.py').open('w') as fh:
    fh.write('print()\n')
print(sorted(d.iterdir()))
print(sorted(d.glob('*')), sorted(d.glob('*.txt')), sorted(d.glob('**/*.py')), sorted(d.rglob('*.py')))
print(sorted(p.relative_to(d) for p in d.glob('**')))
print(sorted(root.glob('d/sub/*')))
try:
    (d / 'new').touch(exist_ok=False)
    (d / 'new').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
(d / 'new').unlink()
(d / 'new').unlink(missing_ok=True)
try:
    (d / 'new').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(f.rename(d / 'renamed.txt'), f.exists(), (d / 'renamed.txt').replace(d / 'r2.txt'))
(d / 'link').symlink_to('r2.txt')
print((d / 'link').is_symlink(), (d / 'link').readlink(), (d / 'link').resolve() == Path(base, 'd', 'r2.txt'), (d / 'link').samefile(d / 'r2.txt'))
print(Path('d/sub/../r2.txt').resolve() == Path(base) / 'd/r2.txt', Path('~').expanduser() == Path(os.path.expanduser('~')))
for dirpath, dirs, files in Path('d').walk():
    print(dirpath, sorted(dirs), sorted(files))
import shutil
shutil.rmtree('d')
print(d.exists(), os.listdir('.'))
os.chdir('/')
Path(base).rmdir()
