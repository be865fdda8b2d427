"""JSON token scanner (kept as a module for code that imports json.scanner)."""

from .decoder import make_scanner, _NUMBER as NUMBER_RE

py_make_scanner = make_scanner

__all__ = ['make_scanner']
