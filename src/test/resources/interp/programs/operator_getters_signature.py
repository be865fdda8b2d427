# Found by CPython's test_operator: methodcaller's name is positional-only (keywords 'self' and 'name' pass
# through), the getters' instances state their signature '(obj, /)', the pure-Python classes match.
import inspect, pickle, operator, sys
import _operator
print(inspect.signature(operator.attrgetter), inspect.signature(operator.attrgetter('x', 'y')))
print(inspect.signature(operator.itemgetter), inspect.signature(operator.itemgetter(2)))
print(inspect.signature(operator.methodcaller), inspect.signature(operator.methodcaller('f', 1, k=2)))
class Obj:
    def baz(*args, **kwargs):
        return args[1:], kwargs
mc = operator.methodcaller('baz', 7, self='eggs', name='spam')
print(mc(Obj()), repr(mc))
print(pickle.loads(pickle.dumps(mc))(Obj()))
for bad in ((), (1, 2)):
    try:
        operator.itemgetter(1)(*bad)
    except TypeError as e:
        print("TypeError", e)
sys.modules.pop('operator')
sys.modules['_operator'] = None
import operator as pyop
sys.modules['_operator'] = _operator
print(pyop.attrgetter is not _operator.attrgetter)
print(inspect.signature(pyop.attrgetter), inspect.signature(pyop.attrgetter('x', 'y')))
print(inspect.signature(pyop.methodcaller), inspect.signature(pyop.methodcaller('f', 1, k=2)))
pmc = pyop.methodcaller('baz', 7, self='eggs', name='spam')
print(pmc(Obj()), pyop.itemgetter(1, 0)("ab"), pyop.attrgetter('real', 'imag')(3))
print(pickle.loads(pickle.dumps(pmc))(Obj()))
for call in (lambda: pyop.itemgetter(), lambda: pyop.attrgetter(), lambda: pyop.methodcaller()):
    try:
        call()
    except TypeError as e:
        print("TypeError")
