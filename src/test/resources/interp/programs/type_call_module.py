# type(name, bases, ns) takes __module__ from the calling code's globals (type_new_set_module)
X = type('X', (), {'a': 1})
print(X.__module__, list(X.__dict__)[:2])
Y = type('Y', (), {'__module__': 'given'})
print(Y.__module__)
g = {'__name__': 'zz'}
exec('Z = type("Z", (), {})', g)
print(g['Z'].__module__)
exec('W = type("W", (), {})', {})
def make():
    return type('V', (X,), {})
print(make().__module__, repr(make()))
class Meta(type):
    pass
print(Meta('Q', (), {}).__module__)
