# assigning and deleting builtin objects' attributes: the TypeErrors/AttributeErrors CPython gives (no host errors)
def f(): pass
class C: pass
def gen(): yield
c = C()
c.x = 1
e = ValueError()
g = gen()
cases = [(f, '__dict__'), (e, '__dict__'), (f, '__closure__'), (f, '__globals__'), (f, '__defaults__'), (f, '__kwdefaults__'),
         (e, '__suppress_context__'), (g, '__name__'), (g, '__qualname__'), (C, '__basicsize__'), (f, '__code__')]
for obj, attr in cases:
    for value in (5, None, 'text', True, {}):
        try:
            setattr(obj, attr, value)
            print(type(obj).__name__, attr, repr(value), 'ok')
        except (TypeError, AttributeError) as err:
            print(type(obj).__name__, attr, repr(value), type(err).__name__, err)
    try:
        delattr(obj, attr)
        print(type(obj).__name__, attr, 'deleted')
    except (TypeError, AttributeError) as err:
        print(type(obj).__name__, attr, 'del', type(err).__name__, err)
del c.__dict__
print(c.__dict__, hasattr(c, 'x'))
c.y = 2
print(c.__dict__)
print(g.__name__, g.__qualname__, e.__suppress_context__)
