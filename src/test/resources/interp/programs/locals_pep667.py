# PEP 667: frame f_locals proxies write through, locals() snapshots in functions, class-body and exec/eval namespaces
import sys
def f():
    x = 1
    fl = sys._getframe().f_locals
    fl['x'] = 2
    print(x, type(fl).__name__, fl['x'], 'x' in fl, list(fl), len(fl))
    fl['new'] = 3
    print(sorted(fl), locals().get('new'))
    try: del fl['x']
    except (KeyError, ValueError, TypeError) as e: print(type(e).__name__, e)
    y = 5
    def inner(): return y
    fl2 = sys._getframe().f_locals
    fl2['y'] = 6
    print(y, inner())
f()
def g():
    a = 1
    l1 = locals(); a = 2; l2 = locals()
    print(l1, l2, l1 is l2)
g()
class K:
    z = 1
    print(locals() is locals(), sorted(k for k in locals() if not k.startswith('__')))
print(eval('a + 1', {'a': 1}), eval('x', {}, {'x': 3}))
def h():
    exec('q = 5')
    return locals().get('q')
print(h())
print([locals() for _ in range(1)][0].keys() - {'_'} if False else 'skip')
def comp():
    v = 1
    return [sorted(locals()) for w in range(1)]
print(comp())
