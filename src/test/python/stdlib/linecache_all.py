# linecache: getline/getlines/clearcache/checkcache/updatecache/lazycache on temporary files.
import linecache
import os
import tempfile

directory = tempfile.mkdtemp()
path = os.path.join(directory, 'sample.py')
with open(path, 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\nlast line without newline')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)), repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 4)), len(linecache.getlines(path)))
print(path in linecache.cache, linecache.cache[path][2] == linecache.getlines(path))
with open(path, 'w') as f:
    f.write('changed\nfile with more text\n')
print(repr(linecache.getline(path, 1)))   # still cached
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path))
print(linecache.getline('<string>', 1) == '', linecache.getlines('no/such/file.py'))
bom = os.path.join(directory, 'bom.py')
with open(bom, 'wb') as f:
    f.write(b'\xef\xbb\xbfa = 1\n\nb = 2\n')
print(linecache.getlines(bom))
print(linecache.updatecache(bom))


class Loader:
    def get_source(self, name):
        return 'line one\nline two for ' + name + '\n'


globals_ = {'__name__': 'virtual_mod', '__loader__': Loader()}
print(linecache.lazycache('virtual.py', globals_), linecache.lazycache('virtual.py', globals_))
print(repr(linecache.getline('virtual.py', 2)))
print(linecache.lazycache('<stdin>', globals_), linecache.lazycache('x.py', {}))
linecache.clearcache()
print(linecache.cache)
