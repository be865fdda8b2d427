"""Ember's import bootstrap, under CPython's name (also importlib._bootstrap): module specs, the
builtin importer, module_from_spec and the sys.meta_path protocol.

The Java importer (org.ember.interp.Importer) searches sys.path, compiles through the code cache
and runs module bodies; this module gives its results CPython's objects (every module gets a
ModuleSpec and a loader) and runs the Python protocol when a program puts finders of its own on
sys.meta_path (see org.ember.interp.ImportSystem).
"""

import sys
import _imp


class ModuleSpec:
    """The import-related facts about a module: name, loader, origin, package search locations."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            import _frozen_importlib_external as external
            if self.origin.endswith(tuple(external.SOURCE_SUFFIXES)):
                try:
                    self._cached = external.cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package the module belongs to (itself for a package)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


class BuiltinImporter:
    """Finds and loads the modules implemented in Java (sys.builtin_module_names)."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """CPython's importer of frozen modules; Ember has none, so it finds nothing."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        raise ImportError(f'{module.__name__!r} is not a frozen module', name=module.__name__)


def _module_repr_from_spec(spec):
    name = '?' if spec.name is None else spec.name
    if spec.origin is None:
        loader = spec.loader
        if loader is None:
            return f'<module {name!r}>'
        import _frozen_importlib_external as external
        if isinstance(loader, external.NamespaceLoader):
            return f'<module {name!r} (namespace) from {list(loader._path)}>'
        return f'<module {name!r} ({loader!r})>'
    if spec.has_location:
        return f'<module {name!r} from {spec.origin!r}>'
    return f'<module {spec.name!r} ({spec.origin})>'


def _new_module(name):
    return type(sys)(name)


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            import _frozen_importlib_external as external
            loader = external.NamespaceLoader(spec.name, spec.submodule_search_locations, None)
            spec.loader = loader
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    try:
        module.__package__ = spec.parent
    except AttributeError:
        pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.origin is None and spec.submodule_search_locations is not None:
        module.__file__ = None   # a namespace package (CPython sets None, not nothing)
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
    return module


def module_from_spec(spec):
    """A new module for spec, made by its loader's create_module() or as a plain module."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _find_spec(name, path, target=None):
    """Asks each finder on sys.meta_path in turn; the first spec wins."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        import warnings
        warnings.warn('sys.meta_path is empty', ImportWarning)
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            return spec
    return None


def _load_unlocked(spec):
    """Creates the module, registers it in sys.modules and runs it (unregistered if that fails)."""
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        module = spec.loader.load_module(spec.name)   # a legacy loader
        return sys.modules.get(spec.name, module)
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError('missing loader', name=spec.name)
        else:
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    # the body may have replaced the module in sys.modules; the entry moves to the end
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module


def _exec(spec, module):
    """Runs spec's loader on an existing module (importlib.reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    _init_module_attrs(spec, module, override=True)
    if spec.loader is not None:
        if hasattr(spec.loader, 'exec_module'):
            spec.loader.exec_module(module)
        else:
            spec.loader.load_module(name)
    module = sys.modules.pop(name)
    sys.modules[name] = module
    return module


def _load(spec):
    """Loads the module spec describes (replacing any module of that name in sys.modules)."""
    return _load_unlocked(spec)


def _find_and_load_via_meta_path(name, path):
    """For the Java importer when sys.meta_path holds a program's finder: the module, or None."""
    spec = _find_spec(name, path)
    if spec is None:
        return None
    return _load_unlocked(spec)


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name` `level` levels up from `package`."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    """importlib.import_module's work: the module named, imported if need be."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    if name not in sys.modules:
        __import__(name)
    module = sys.modules[name]
    if module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return module


# ---- for the Java importer ----------------------------------------------------------------------

def _spec_for_builtin(name):
    return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)


def _spec_for_found(name, origin, locations):
    """The spec of a module the Java importer found: a source file, or a namespace package."""
    import _frozen_importlib_external as external
    return external._spec_from_found(name, origin, locations)


def _verbose_message(message, *args, verbosity=1):
    """Prints a message to stderr when -v was given that many times (python -v)."""
    if sys.flags.verbose >= verbosity:
        if not message.startswith(('#', 'import ')):
            message = '# ' + message
        print(message.format(*args), file=sys.stderr)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that `loader` loads (importlib.util's; zipimport asks here)."""
    from importlib.util import spec_from_loader as make
    return make(name, loader, origin=origin, is_package=is_package)


def _setup():
    """Gives the modules imported before this one their specs, and fills sys.meta_path."""
    import _frozen_importlib_external as external
    module_type = type(sys)
    for name, module in list(sys.modules.items()):
        # entries a program put there before its first import may be anything (None blocks an import)
        if name == '__main__' or not isinstance(module, module_type) or getattr(module, '__spec__', None) is not None:
            continue
        if _imp.is_builtin(name):
            spec = _spec_for_builtin(name)
        elif getattr(module, '__file__', None) is not None:
            spec = _spec_for_found(name, module.__file__, getattr(module, '__path__', None))
        else:
            continue
        module.__spec__ = spec
        module.__loader__ = spec.loader
    finders = (BuiltinImporter, FrozenImporter, external.PathFinder)
    sys.meta_path.extend(finders)
    sys.path_hooks.append(external._default_path_hook)
    _imp._bootstrap_ready(sys.modules[__name__], finders + (external._default_path_hook,))


_setup()
