def f1[U](a: c, b):
    for b in y: pass
global __p
T += T
global x
