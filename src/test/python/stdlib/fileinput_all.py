# fileinput: several files as one stream, the line counters, nextfile, readline, binary mode,
# hooks, in-place rewriting with and without a backup, and the module-level state's errors
import fileinput
import io
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as root:
    def make(name, text, mode='w'):
        path = os.path.join(root, name)
        with open(path, mode) as f:
            f.write(text)
        return path

    one = make('one.txt', 'a1\na2\na3\n')
    two = make('two.txt', 'b1\nb2')
    empty = make('empty.txt', '')
    three = make('three.txt', 'c1\n')

    def where(f):
        name = f.filename()
        return (os.path.basename(name) if name else name, f.lineno(), f.filelineno(),
                f.isfirstline(), f.isstdin())

    with fileinput.FileInput([one, two, empty, three], encoding='utf-8') as f:
        print('before', where(f), f.fileno())
        for line in f:
            print(repr(line), where(f), f.fileno() > 2)
        print('after', where(f), f.fileno())

    f = fileinput.FileInput([one, two, three], encoding='utf-8')
    print(repr(f.readline()), where(f))
    f.nextfile()
    print('nextfile', where(f))
    print(repr(f.readline()), where(f))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), where(f))
    f.close()
    print(repr(f.readline()))

    print(list(fileinput.FileInput(one, mode='rb')))
    print(list(fileinput.FileInput(os.path.join(root, 'empty.txt'), encoding='utf-8')))

    import pathlib
    print(list(fileinput.FileInput(pathlib.Path(two), encoding='utf-8')))

    calls = []

    def hook(name, mode):
        calls.append((os.path.basename(name), mode))
        return io.StringIO('hooked\n')

    print(list(fileinput.FileInput([one, two], openhook=hook)), calls)
    latin = make('latin.txt', 'caf\xe9\n'.encode('latin-1'), 'wb')
    print(list(fileinput.FileInput(latin, openhook=fileinput.hook_encoded('latin-1'))))
    print(list(fileinput.FileInput(latin, openhook=fileinput.hook_encoded('utf-8', 'replace'))))
    print(list(fileinput.FileInput(latin, encoding='ascii', errors='backslashreplace')))

    import gzip
    with gzip.open(os.path.join(root, 'z.gz'), 'wt', encoding='utf-8') as g:
        g.write('zipped\nlines\n')
    print(list(fileinput.FileInput(os.path.join(root, 'z.gz'), openhook=fileinput.hook_compressed,
                                   encoding='utf-8')))
    print(list(fileinput.FileInput(os.path.join(root, 'z.gz'), mode='rb', openhook=fileinput.hook_compressed)))

    # in place: what is printed replaces the file
    edit = make('edit.txt', 'x\ny\n')
    os.chmod(edit, 0o640)
    with fileinput.FileInput(edit, inplace=True, encoding='utf-8') as f:
        for line in f:
            print(line.upper(), end='')
            print('# after', f.filelineno())
    print('in place', repr(open(edit).read()), oct(os.stat(edit).st_mode & 0o777),
          sorted(os.listdir(root)).count('edit.txt.bak'), sys.stdout is sys.__stdout__)
    with fileinput.FileInput(edit, inplace=True, backup='.orig', encoding='utf-8') as f:
        for line in f:
            if 'after' not in line:
                print(line.lower(), end='')
    print('backup', repr(open(edit).read()), repr(open(edit + '.orig').read()))

    # the module-level functions
    for name in ('filename', 'lineno', 'filelineno', 'fileno', 'isfirstline', 'isstdin', 'nextfile'):
        try:
            getattr(fileinput, name)()
        except RuntimeError as e:
            print(name, 'RuntimeError', e)
    for line in fileinput.input([one, three], encoding='utf-8'):
        print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), line, end='')
        if fileinput.lineno() == 1:
            try:
                fileinput.input([one])
            except RuntimeError as e:
                print('RuntimeError', e)
            fileinput.nextfile()
    fileinput.close()
    fileinput.close()
    try:
        fileinput.lineno()
    except RuntimeError as e:
        print('closed', e)

    try:
        list(fileinput.FileInput([one, os.path.join(root, 'missing.txt')], encoding='utf-8'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

for bad in (dict(mode='w'), dict(mode='rU'), dict(inplace=True, openhook=hook), dict(openhook=1)):
    try:
        fileinput.FileInput([], **bad)
    except ValueError as e:
        print('ValueError', e)

# '-' is standard input
sys.stdin = io.StringIO('from stdin\n')
f = fileinput.FileInput(['-'])
print(list(f), f.filename(), f.isstdin())
sys.argv = ['prog']
sys.stdin = io.StringIO('argv empty means stdin\n')
print(list(fileinput.FileInput()))
print(fileinput.FileInput[str], fileinput.__all__)
