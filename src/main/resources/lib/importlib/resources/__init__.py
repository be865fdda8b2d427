"""importlib.resources: reading the data files that packages carry.

files(anchor) gives a pathlib.Path for a package directory on disk (a Traversable); the functional
helpers read through it. Ember's own library inside its jar is not reachable this way.
"""

import contextlib
import pathlib
import sys

__all__ = ['files', 'as_file', 'read_text', 'read_binary', 'open_text', 'open_binary',
           'is_resource', 'contents', 'Package', 'Anchor']

Package = Anchor = object


def _module(anchor):
    if anchor is None:
        anchor = sys._getframe(2).f_globals['__name__']
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def files(anchor=None):
    """The directory of a package (or of a module's file) as a Traversable."""
    module = _module(anchor)
    spec = getattr(module, '__spec__', None)
    locations = getattr(spec, 'submodule_search_locations', None) if spec is not None else None
    if locations:
        return pathlib.Path(list(locations)[0])
    origin = getattr(spec, 'origin', None) or getattr(module, '__file__', None)
    if origin is None:
        raise TypeError(f'{module.__name__!r} has no location to read resources from')
    return pathlib.Path(origin).parent


@contextlib.contextmanager
def as_file(path):
    """A real file system path for a Traversable, for the duration of the with block."""
    yield pathlib.Path(path)


def _resource(anchor, path_names):
    path = files(anchor)
    for name in path_names:
        path = path / name
    return path


def open_binary(anchor, *path_names):
    return _resource(anchor, path_names).open('rb')


def open_text(anchor, *path_names, encoding='utf-8', errors='strict'):
    return _resource(anchor, path_names).open('r', encoding=encoding, errors=errors)


def read_binary(anchor, *path_names):
    return _resource(anchor, path_names).read_bytes()


def read_text(anchor, *path_names, encoding='utf-8', errors='strict'):
    with open_text(anchor, *path_names, encoding=encoding, errors=errors) as file:
        return file.read()


def is_resource(anchor, *path_names):
    return _resource(anchor, path_names).is_file()


def contents(anchor, *path_names):
    return [path.name for path in _resource(anchor, path_names).iterdir()]
