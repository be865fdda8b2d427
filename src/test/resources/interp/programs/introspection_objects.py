# function/code/cell/method/generator/frame/traceback/module/None/NotImplemented/object introspection and their errors
import sys, types
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
def outer(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = 1
    def inner(): return x + a
    return inner
f = outer
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__, type(f.__globals__).__name__)
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_flags & 0xffff, co.co_filename.endswith('.py'), co.co_firstlineno)
inn = outer(1, c=3)
print(inn.__closure__[0].cell_contents, inn.__code__.co_freevars, type(inn.__closure__[0]).__name__, inn.__qualname__)
c = types.CellType(5); print(c.cell_contents); c.cell_contents = 6; print(c.cell_contents); del c.cell_contents
t(lambda: c.cell_contents)
print(types.CellType() == types.CellType(), types.CellType() < types.CellType(1), types.CellType(1) <= types.CellType(2), repr(types.CellType(1))[:9])
f.attr = 1; print(f.__dict__, vars(f))
t(lambda: setattr(f, '__name__', 5)); t(lambda: setattr(f, '__defaults__', 5)); t(lambda: setattr(f, '__code__', None))
f2 = types.FunctionType(co, {}, 'renamed'); print(f2.__name__, f2.__qualname__)
class K:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
k = K()
print(k.m.__self__ is k, k.m.__func__ is K.m, k.m.__name__, k.m.__qualname__, k.m.__doc__, K.cm.__self__ is K, type(K.sm).__name__)
print(k.m == k.m, k.m is k.m, hash(k.m) == hash(k.m), repr(k.m)[:26])
print(types.MethodType(lambda self: self, 5)(), type(k.m).__name__)
t(lambda: k.m.zz); t(lambda: setattr(k.m, 'zz', 1))
def gen():
    x = yield 1
    print('got', x)
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.__name__, g.__qualname__, g.gi_yieldfrom, g.gi_suspended if hasattr(g, 'gi_suspended') else '-')
print(next(g), g.send('v'), g.gi_frame.f_lineno)
t(lambda: g.throw(ValueError('boom')))
print(g.gi_frame, list(g))
t(lambda: gen().send(5))
g3 = gen(); next(g3); g3.close(); print(g3.gi_frame)
def fr():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, type(f.f_locals).__name__, f.f_globals is globals(), 'fr' in f.f_builtins or True
print(fr())
try: 1/0
except ZeroDivisionError as e: tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next, tb.tb_lasti >= 0)
m = types.ModuleType('mm', 'the doc'); print(m, m.__doc__, m.__name__); m.x = 1; print(m.x, 'x' in dir(m))
t(lambda: m.nope)
print(repr(sys)[:20], sys.__name__, type(sys.__dict__).__name__)
print(NotImplemented, repr(...), type(None)(), type(NotImplemented).__name__, type(...).__name__, bool(None))
t(lambda: type(None)(1)); t(lambda: None.__class__.__name__)
print(object.__doc__ is not None, object().__sizeof__() > 0, object.__subclasshook__(int) is NotImplemented, object().__reduce_ex__(4)[0].__name__)
t(lambda: object.__init__(object(), 1)); t(lambda: object(1)); t(lambda: object.__new__(int)); t(lambda: object.__setattr__(1, 'x', 2))
class E:
    def __eq__(self, o): return True
print(E.__hash__, E() == 1, E() != 1)
class E2(E):
    __hash__ = object.__hash__
print(E2.__hash__ is object.__hash__, hash(E2()) is not None)
print(sorted(k for k in dir(outer) if not k.startswith('__')), sorted(set(dir(g)) - set(dir(object)) - {'__del__'}))
import _thread
print(sys, _thread, types.ModuleType("math"), repr(types.MethodType(len, 1))[:34])
for bad in (lambda: types.MethodType(1, 2), lambda: types.MethodType(len, None), lambda: object.__subclasshook__(), lambda: setattr(f, "__kwdefaults__", [])):
    t(bad)
print(enumerate[int], types.GeneratorType[int, None, None], types.MappingProxyType[str, int], types.CoroutineType[int, int, int], types.AsyncGeneratorType[int, None])
