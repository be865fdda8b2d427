import os
from a.b import c as d
class C(B, metaclass=M):
    def f(self, *a, **k) -> None:
        return a is not None and k or self
match x:
    case [1, *rest]:
        pass
type X = int
_private = __dunder__ = x1_2
