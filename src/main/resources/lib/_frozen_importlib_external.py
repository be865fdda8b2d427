"""The path side of Ember's import system, under CPython's name (also importlib._bootstrap_external):
source file loaders, namespace packages, the sys.path finder and the cache-file names.

Searching a path and running a source file are done in Java (the _imp module); these classes give
that work CPython's interface, so importlib.util, importlib.machinery and programs that load
files themselves (spec_from_file_location + module_from_spec + exec_module) work.
"""

import sys
import _imp
from _frozen_importlib import ModuleSpec, _object_name

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = _imp.extension_suffixes()
# Ember's code cache files are its own format; this tag goes into their names
MAGIC_NUMBER = b'EMBC'
_PYCACHE = '__pycache__'


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _fspath(path):
    if isinstance(path, str):
        return path
    import os
    return os.fspath(path)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The code cache file Ember uses for the source file `path`."""
    path = _fspath(path)
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    base, sep, _ = tail.rpartition('.')
    stem = base if sep else tail
    if optimization is None:
        optimization = sys.flags.optimize
    optimization = str(optimization)
    name = f'{stem}.{tag}' + (f'.opt-{optimization}' if optimization else '') + BYTECODE_SUFFIXES[0]
    cache_dir = f'{head}/{_PYCACHE}' if head else _PYCACHE
    return f'{cache_dir}/{name}'


def source_from_cache(path):
    """The source file whose code cache file is `path`."""
    path = _fspath(path)
    head, _, name = path.rpartition('/')
    head, _, pycache = head.rpartition('/')
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    if name.count('.') not in (2, 3):
        raise ValueError(f'expected only 2 or 3 dots in {name!r}')
    base = name.partition('.')[0]
    return f'{head}/{base}{SOURCE_SUFFIXES[0]}' if head else base + SOURCE_SUFFIXES[0]


def decode_source(source_bytes):
    """Source bytes to text: the PEP 263 encoding (UTF-8 by default), universal newlines."""
    encoding = 'utf-8'
    for line in source_bytes.splitlines()[:2]:
        text = line.decode('latin-1').lstrip()
        if text.startswith('#') and 'coding' in text:
            import re
            match = re.search(r'coding[:=]\s*([-\w.]+)', text)
            if match:
                encoding = match.group(1)
                break
        elif text and not text.startswith('#'):
            break
    if source_bytes.startswith(b'\xef\xbb\xbf'):
        source_bytes = source_bytes[3:]
    return source_bytes.decode(encoding).replace('\r\n', '\n').replace('\r', '\n')


class FileLoader:
    """Loads the module `name` from the file `path`."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        data = _imp._read_source(path)
        if data is None:
            with open(path, 'rb') as file:
                data = file.read()
        return data

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def get_source(self, fullname):
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def source_to_code(self, data, path, *, _optimize=-1):
        """The code object of source `data` (bytes or str) read from `path`."""
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def load_module(self, fullname=None):
        """Deprecated (use exec_module): imports the module through the import system."""
        import importlib
        return importlib.import_module(fullname or self.name)

    def get_resource_reader(self, module):
        return None


class SourceFileLoader(FileLoader):
    """Loads a module from its Python source file (compiled through Ember's code cache)."""

    def exec_module(self, module):
        _imp._exec_source(module, self.path)

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class SourcelessFileLoader(FileLoader):
    """Loads a module from a bytecode file written by py_compile/compileall on Ember: CPython's
    16-byte header around Ember's MAGIC_NUMBER, then the code object in marshal form."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return _code_from_pyc(self.get_data(path), fullname, path)

    def get_source(self, fullname):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)


def _code_from_pyc(data, name, path):
    """The code object of a bytecode file's contents (ImportError when it is not Ember's)."""
    import marshal
    if data[:4] != MAGIC_NUMBER:
        raise ImportError(f'bad magic number in {name!r}: {bytes(data[:4])!r}', name=name, path=path)
    if len(data) < 16:
        raise EOFError(f'reached EOF while reading pyc header of {name!r}')
    flags = int.from_bytes(data[4:8], 'little')
    if flags & ~0b11:
        raise ImportError(f'invalid flags {flags!r} in {name!r}', name=name, path=path)
    return marshal.loads(memoryview(data)[16:])


def _pack_uint32(x):
    return (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')


# ---- what CPython's zipimport (and other importers written against importlib) use

path_sep = '/'
path_separators = '/'
path_sep_tuple = ('/',)
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')


def _unpack_uint16(data):
    """A little-endian 16-bit unsigned int from 2 bytes."""
    assert len(data) == 2
    return int.from_bytes(data, 'little')


def _unpack_uint32(data):
    """A little-endian 32-bit unsigned int from 4 bytes."""
    assert len(data) == 4
    return int.from_bytes(data, 'little')


def _unpack_uint64(data):
    """A little-endian 64-bit unsigned int from 8 bytes."""
    assert len(data) == 8
    return int.from_bytes(data, 'little')


def _path_join(*path_parts):
    """Joins non-empty parts with '/', an absolute part restarting the path (os.path.join's rule)."""
    result = ''
    for part in path_parts:
        if not part:
            continue
        if part.startswith('/') or not result:
            result = part
        else:
            result = result.rstrip('/') + '/' + part
    return result


def _path_split(path):
    """(directory, name) of a path: rpartition at the last separator."""
    directory, _, name = path.rpartition('/')
    return directory, name


def _path_stat(path):
    """os.stat(path) (importlib keeps it separate so that it can be overridden)."""
    import os
    return os.stat(path)


def _classify_pyc(data, name, exc_details):
    """Checks a bytecode file's header (magic number, flags); returns the flags."""
    magic = data[:4]
    if magic != MAGIC_NUMBER:
        message = f'bad magic number in {name!r}: {magic!r}'
        raise ImportError(message, **exc_details)
    if len(data) < 16:
        raise EOFError(f'reached EOF while reading pyc header of {name!r}')
    flags = _unpack_uint32(data[4:8])
    if flags & ~0b11:
        raise ImportError(f'invalid flags {flags!r} in {name!r}', **exc_details)
    return flags


def _validate_timestamp_pyc(data, source_mtime, source_size, name, exc_details):
    """ImportError when the header's mtime or size does not match the source's."""
    if _unpack_uint32(data[8:12]) != (source_mtime & 0xFFFFFFFF):
        raise ImportError(f'bytecode is stale for {name!r}', **exc_details)
    if source_size is not None and _unpack_uint32(data[12:16]) != (source_size & 0xFFFFFFFF):
        raise ImportError(f'bytecode is stale for {name!r}', **exc_details)


def _validate_hash_pyc(data, source_hash, name, exc_details):
    """ImportError when the header's source hash is not `source_hash`."""
    if data[8:16] != source_hash:
        raise ImportError(f"hash in bytecode doesn't match hash of source {name!r}", **exc_details)


def _fix_up_module(ns, name, pathname, cpathname=None):
    """Gives a module namespace its __loader__, __spec__, __file__ and __cached__ (runpy, zipimport)."""
    loader = ns.get('__loader__')
    spec = ns.get('__spec__')
    if not loader:
        if spec:
            loader = spec.loader
        elif pathname == cpathname:
            loader = SourcelessFileLoader(name, pathname)
        else:
            loader = SourceFileLoader(name, pathname)
    if not spec:
        spec = spec_from_file_location(name, pathname, loader=loader)
        if cpathname:
            spec.cached = cpathname
    try:
        ns['__spec__'] = spec
        ns['__loader__'] = loader
        ns['__file__'] = pathname
        ns['__cached__'] = cpathname
    except Exception:
        pass   # not all namespaces take new keys


class _LoaderBasics:
    """The loader methods importers share: a module is a package when its file is __init__.*,
    and is executed from get_code()."""

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Deprecated (use exec_module): imports the module through the import system."""
        import importlib
        return importlib.import_module(fullname)


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """A bytecode file's contents for `code`, checked against its source's mtime and size."""
    import marshal
    data = bytearray(MAGIC_NUMBER)
    data.extend(_pack_uint32(0))
    data.extend(_pack_uint32(mtime))
    data.extend(_pack_uint32(source_size))
    data.extend(marshal.dumps(code))
    return data


def _code_to_hash_pyc(code, source_hash, checked=True):
    """A bytecode file's contents for `code`, checked against a hash of its source (PEP 552)."""
    import marshal
    data = bytearray(MAGIC_NUMBER)
    data.extend(_pack_uint32(0b1 | (checked << 1)))
    assert len(source_hash) == 8
    data.extend(source_hash)
    data.extend(marshal.dumps(code))
    return data


def _calc_mode(path):
    """The permission bits for a bytecode file: its source's, writable by the owner."""
    import os
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0o666
    return mode | 0o200


def _write_atomic(path, data, mode=0o666):
    """Writes `data` to `path` through a temporary file renamed into place."""
    import os
    temp = f'{path}.{id(path)}'
    with open(temp, 'wb') as file:
        file.write(data)
    try:
        os.chmod(temp, mode & 0o666)
        os.replace(temp, path)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


class ExtensionFileLoader(FileLoader):
    """Ember has no C extension modules: the class exists for isinstance checks."""

    def exec_module(self, module):
        raise ImportError(f'cannot load extension module {self.path!r} in Ember', name=self.name, path=self.path)


class NamespaceLoader:
    """The loader of a namespace package (PEP 420): nothing to run."""

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def get_resource_reader(self, module):
        return None


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module `name` in the file `location` (None when no loader fits the suffix)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def _spec_from_found(fullname, origin, locations):
    """The spec of what the Java search found: a source file (locations: a package's [dir], or
    None), or a namespace package (origin None, locations: its portions)."""
    if origin is None:
        spec = ModuleSpec(fullname, None, is_package=True)
        spec.submodule_search_locations = locations
        spec.loader = NamespaceLoader(fullname, locations, PathFinder)
        return spec
    return spec_from_file_location(fullname, origin, submodule_search_locations=locations)


class PathFinder:
    """The meta path finder for sys.path and packages' __path__: each entry's finder comes from
    sys.path_importer_cache or sys.path_hooks (FileFinder for directories)."""

    @staticmethod
    def invalidate_caches():
        for finder in list(sys.path_importer_cache.values()):
            if finder is not None and hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        if sys.path_hooks is not None and not sys.path_hooks:
            import warnings
            warnings.warn('sys.path_hooks is empty', ImportWarning)
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            import os
            try:
                path = os.getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            namespace_path.extend(spec.submodule_search_locations or ())
        if not namespace_path:
            return None
        return _spec_from_found(fullname, None, namespace_path)

    @staticmethod
    def find_distributions(*args, **kwargs):
        try:
            from importlib.metadata import MetadataPathFinder
        except ImportError:
            return iter(())
        return MetadataPathFinder.find_distributions(*args, **kwargs)


class FileFinder:
    """The path entry finder for one directory (made by the hook on sys.path_hooks)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        """A package or module of that name in this directory; a directory without __init__.py
        gives a namespace portion (a spec without loader)."""
        found = _imp._find_source(fullname.rpartition('.')[2], [self.path])
        if found is None:
            return None
        file, package_dir, portions = found
        if file is None:
            spec = ModuleSpec(fullname, None, is_package=True)   # a portion: PathFinder joins them
            spec.submodule_search_locations = portions
            return spec
        return _spec_from_found(fullname, file, [package_dir] if package_dir else None)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _imp._is_search_dir(path or '.'):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f'FileFinder({self.path!r})'


# The hook on sys.path_hooks; while it is the only one, the Java importer searches the path itself.
_default_path_hook = FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES))
