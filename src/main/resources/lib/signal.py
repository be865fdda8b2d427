"""signal: set handlers for asynchronous events (written for Ember over its _signal module).

The numbers, SIG_DFL/SIG_IGN and the handler functions come from _signal; this module gives them
the IntEnum types CPython's signal module has (Signals, Handlers) and converts handler values
to and from those enums.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_IntEnum._convert_(
    'Signals', __name__,
    lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))

_IntEnum._convert_(
    'Handlers', __name__,
    lambda name: name in ('SIG_DFL', 'SIG_IGN'))


def _as_enum(value, enum_class):
    """An int that names a member becomes that member; anything else is returned as it is."""
    if not isinstance(value, int):
        return value
    try:
        return enum_class(value)
    except ValueError:
        return value


def _as_int(value):
    """An enum member becomes its plain int (what _signal compares handlers with)."""
    try:
        return int(value) if isinstance(value, _IntEnum) else value
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler, /):
    """Set the action for signalnum to handler (a callable, SIG_IGN or SIG_DFL); returns the old one."""
    return _as_enum(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum, /):
    """The current action for signalnum: a callable, SIG_IGN, SIG_DFL or None."""
    return _as_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return {_as_enum(number, Signals) for number in _signal.valid_signals()}


