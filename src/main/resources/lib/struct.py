"""Pack and unpack C structs: the functions and the Struct type live in _struct."""

__all__ = [
    # functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # classes
    'Struct',

    # exceptions
    'error'
    ]

from _struct import *
from _struct import _clearcache
