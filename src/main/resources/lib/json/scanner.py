"""JSON token scanner (kept as a module for code that imports json.scanner)."""

from .decoder import make_scanner, py_make_scanner, c_make_scanner, _NUMBER as NUMBER_RE

__all__ = ['make_scanner']
