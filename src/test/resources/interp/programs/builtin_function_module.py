# __module__ of builtin functions and methods; __package__/__loader__/__spec__ in module dicts
import sys, math, types
print(len.__module__, print.__module__, abs.__module__)
print([].append.__module__, dict.fromkeys.__module__, int.__new__.__module__)
print(math.sqrt.__module__, sys.getrecursionlimit.__module__)
f = len
f.__module__ = 'elsewhere'
print(len.__module__)
m = types.ModuleType('fresh')
print(sorted(m.__dict__))
print(m.__package__, m.__loader__, m.__spec__)
print('__package__' in math.__dict__, '__loader__' in math.__dict__, '__spec__' in math.__dict__, repr(math.__package__))
class Sub(types.ModuleType):
    pass
print(sorted(Sub('s', 'doc').__dict__))
class Named(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__
n = Named('named')
n.x = 1
print(n.x, n.__name__, n.hello(), sorted(vars(n)), n.__dict__ is vars(n), n)
