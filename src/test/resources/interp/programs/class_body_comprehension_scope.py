# A comprehension in a class body (inlined, PEP 709) does not see the class's names: its free
# names are globals (or the enclosing function's), as when comprehensions were functions.
y = 1
q = 'global q'
class D:
    y = 2
    vals = [(x, y) for x in range(2)]
    z = [y for _ in range(1)]
    q = 'class q'
    w = [q for _ in range(1)]
    n = {k: [j for j in range(k)] for k in range(3)}
    s = [[y for y in range(2)] for _ in range(2)]
print(D.vals, D.z, D.w, D.n, D.s, D.y)
def f():
    w = 5
    class E:
        w = 6
        v = [w for _ in range(1)]
        u = [len(str(i)) for i in range(3)]
    return E.v, E.u, E.w
print(f())
class F:
    try:
        r = [undefined_name for _ in range(1)]
    except NameError as e:
        r = str(e)
print(F.r)
