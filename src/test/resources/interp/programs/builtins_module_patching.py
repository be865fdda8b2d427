# Assigning to the builtins module (or adding a name to it) is seen by every lookup of a
# builtin: module level, functions, exec'd code, and after restoring the original.
import builtins
orig = abs
builtins.abs = lambda x: 'patched'
print(abs(-6))
def f():
    return abs(-7)
print(f(), eval('abs(-1)'))
builtins.abs = orig
print(abs(-6), f())
builtins.zzz = 5
def g():
    return zzz
print(g(), zzz)
del builtins.zzz
try:
    g()
except NameError as e:
    print(e)
print(builtins.__name__, vars(builtins) is builtins.__dict__, '__import__' in vars(builtins))
