c: __p = [(T := T) for b in c]
global c
x = __p
