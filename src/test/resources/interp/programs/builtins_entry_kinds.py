# __builtins__ is the builtins module only in __main__; imported modules and exec'd namespaces
# get the builtins dict, as CPython does.
import json
import types

print(type(__builtins__).__name__, type(json.__builtins__).__name__, json.__builtins__ is __builtins__.__dict__)
m = types.ModuleType('m')
exec('x = len("abc")', m.__dict__)
print(type(m.__dict__['__builtins__']).__name__, m.x)
d = {}
exec('y = 2', d)
print(type(d['__builtins__']).__name__, d['y'])
g = {'__builtins__': json.__builtins__}
exec('z = len([1, 2])', g)
print(g['z'])
