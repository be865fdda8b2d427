for T in x: pass
if b:
    b: int
def f1():
    if f0(a):
        y: int
if a:
    x: int
