"""The abstract base classes for containers (Ember's collections.abc).

They are defined in _collections_abc (which the interpreter needs early, before the
collections package can be imported); this module re-exports them.
"""

from _collections_abc import *
from _collections_abc import __all__
