# exec/eval with a dict subclass as globals or builtins: LOAD_GLOBAL looks names up through the
# subclass (__getitem__, __missing__), LOAD_NAME through the locals mapping, then the globals'
# own storage, then the builtins as a mapping (CPython's PyObject_GetItem/_PyEval_LoadName).
import builtins
class G(dict):
    def __missing__(self, key):
        print('missing', key)
        return 'M:' + key
class H(dict):
    def __getitem__(self, key):
        print('getitem', key)
        return dict.__getitem__(self, key)
src = '''
def f():
    return (x, len)
r = []
try:
    r.append(y)
except NameError as e:
    r.append(repr(e))
r.append(len)
'''
for cls in (G, H):
    for code in ('print(x)', 'def f():\n    return x\nprint(f())', 'print(len("ab"))', 'try:\n  print(zz)\nexcept NameError as e: print("NE", e)'):
        g = cls()
        g['__builtins__'] = builtins
        try:
            exec(code, g)
        except Exception as e:
            print(type(e).__name__, e)
    print('--')
# builtins as a dict subclass
class B(dict):
    def __missing__(self, key):
        print('bmissing', key); return 42
b = B(vars(builtins))
g = {'__builtins__': b}
for code in ('print(qq)', 'def f():\n    return qq\nprint(f())'):
    try:
        exec(code, g)
    except Exception as e:
        print(type(e).__name__, e)
# locals as a mapping
class L(dict):
    def __missing__(self, key):
        print('lmissing', key); raise KeyError(key)
exec('print(len)', {}, L())
class M:
    def __getitem__(self, k):
        print('M getitem', k)
        if k == 'w': return 7
        raise KeyError(k)
exec('print(w, len)', {}, M())

# a hot function: specialization must not bypass the subclass
class Count(dict):
    hits = 0
    def __missing__(self, key):
        Count.hits += 1
        return 1
g = Count({'__builtins__': builtins})
exec('def f():\n    return undefined_name + 1', g)
print(sum(g['f']() for _ in range(1000)), Count.hits)
print(eval('undefined_too', Count({'__builtins__': builtins})), Count.hits)

# builtins as any mapping (a mappingproxy): LOAD_GLOBAL and IMPORT_NAME's __import__ look through it
import types
code = compile("superglobal", "test", "eval")
print(eval(code, {'__builtins__': types.MappingProxyType({'superglobal': 1})}))
try:
    eval(code, {'__builtins__': types.MappingProxyType({})})
except NameError as e:
    print('NameError', e)
code = compile("import foo.bar", "test", "exec")
try:
    exec(code, {'__builtins__': types.MappingProxyType({})})
except ImportError as e:
    print('ImportError', e)
ns = {'__builtins__': types.MappingProxyType({'__import__': lambda *args: args})}
exec(code, ns)
print(ns['foo'][0], ns['foo'][1] is ns, ns['foo'][2] is ns, ns['foo'][3:])

# `from m import *` into a mapping namespace goes through its __setitem__
class Recording(dict):
    def __setitem__(self, key, value):
        if key in ('pi', 'tau'):
            print('set', key)
        dict.__setitem__(self, key, value)
ns = Recording({'__builtins__': builtins})
exec('from math import *', ns)
print(ns['pi'] > 3, 'tau' in ns)
class OnlyMapping:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
m = OnlyMapping()
exec('from math import *', {}, m)
print(sorted(k for k in m.data if k in ('pi', 'e')))
