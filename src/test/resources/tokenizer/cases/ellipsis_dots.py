a = ...
b = x.y.z
c = x . y
from ... import a
from .. import b
d = ....__class__
