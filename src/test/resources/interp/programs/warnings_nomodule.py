# _warnings alone (the Python module not imported): the Java display and default filters.
import sys
import _warnings


def f():
    _warnings.warn("from f", stacklevel=2)


_warnings.warn("plain")
f()
_warnings.warn("dep", DeprecationWarning)
_warnings.warn("hidden", PendingDeprecationWarning)
_warnings.warn("deep", stacklevel=50)
print("end")
