global y
T: __class__ = x
global c
T: c = b
