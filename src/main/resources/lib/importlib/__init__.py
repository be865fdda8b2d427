"""importlib: the import system's Python interface (import_module, reload, invalidate_caches)."""

import sys
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

sys.modules.setdefault('importlib._bootstrap', _bootstrap)
sys.modules.setdefault('importlib._bootstrap_external', _bootstrap_external)

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def invalidate_caches():
    """Calls invalidate_caches() on every finder of sys.meta_path that has it."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Imports a module; a relative name ('.mod') needs `package` as the anchor."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


def reload(module):
    """Runs a module's code again in its existing namespace; returns the module from sys.modules."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent_name = name.rpartition('.')[0]
    if parent_name:
        try:
            parent = sys.modules[parent_name]
        except KeyError:
            raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name) from None
        pkgpath = parent.__path__
    else:
        pkgpath = None
    spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, module)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    _bootstrap._exec(spec, module)
    return sys.modules[name]
