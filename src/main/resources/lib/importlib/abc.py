"""importlib.abc: the abstract base classes of finders and loaders."""

import abc
from . import machinery


class Loader(metaclass=abc.ABCMeta):
    """A loader: create_module(spec) makes the module (None: a plain one), exec_module runs it."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        import importlib
        return importlib.import_module(fullname)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path: find_spec(fullname, path, target=None) -> spec or None."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry: find_spec(fullname, target=None) -> spec or None."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can answer is_package, get_code and get_source."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(machinery.SourceFileLoader.__mro__[1], ResourceLoader, ExecutionLoader):
    """A loader for a module in a file."""


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader built on get_data and get_filename."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        from _frozen_importlib_external import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))


for _finder in (machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder):
    MetaPathFinder.register(_finder)
PathEntryFinder.register(machinery.FileFinder)
for _loader in (machinery.BuiltinImporter, machinery.FrozenImporter, machinery.SourceFileLoader,
                machinery.NamespaceLoader):
    Loader.register(_loader)
InspectLoader.register(machinery.BuiltinImporter)
ExecutionLoader.register(machinery.SourceFileLoader)
del _finder, _loader
