# A function made by types.FunctionType from module or eval code runs with its globals as its locals (*_NAME instructions), as CPython's call passes them.
import types
g = {'__builtins__': __builtins__, 'k': 5}
f = types.FunctionType(compile('len([k])', 'f', 'eval'), g)
print(f())
h = types.FunctionType(compile('y = k * 2\ndel k\n', 'h', 'exec'), g)
print(h(), g.get('y'), 'k' in g)
try:
    types.FunctionType(compile('k', 'e', 'eval'), g)()
except NameError as e:
    print('NameError', e)

# bpo-42990: FunctionType(code, globals) without __builtins__ in globals inherits the caller's builtins
def length(s):
    return len(s)
ns = {}
f2 = types.FunctionType(length.__code__, ns)
print(f2.__builtins__ is __builtins__.__dict__, f2("abcd"), ns)
