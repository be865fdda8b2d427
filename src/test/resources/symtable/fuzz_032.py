c = c
if y:
    c: int
del c
__p = __class__
