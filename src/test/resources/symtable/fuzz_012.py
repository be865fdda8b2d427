for a in (T + __p): pass
T = (lambda x: f1(c))
del b
