import sys as _s
_x = 1
def _f(): return _x
