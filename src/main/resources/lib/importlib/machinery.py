"""importlib.machinery: the finders, loaders and specs of the import system."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter
from _frozen_importlib_external import (
    SOURCE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES, BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES, all_suffixes, PathFinder, FileFinder, SourceFileLoader,
    SourcelessFileLoader, ExtensionFileLoader, NamespaceLoader)
