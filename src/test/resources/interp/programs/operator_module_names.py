# Found by CPython's test_operator: operator has no private module-level helpers (test___all__ counts
# every name whose __module__ is operator), with the accelerator or without it.
import sys
import operator
print(operator.concat([1], [2]), operator.iconcat([1], [3]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
for call in (lambda: operator.concat({}, {}), lambda: operator.iconcat(1, 2), lambda: operator.countOf(1, 1), lambda: operator.indexOf(3, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
class Huge:
    def __length_hint__(self):
        return 1 << 63
try:
    operator.length_hint(Huge())
except OverflowError as e:
    print("OverflowError", e)
print(repr(operator.itemgetter(1, 'a')), repr(operator.attrgetter('x')), repr(operator.methodcaller('m', 1, k=2)))

# the module's public names are exactly the names whose __module__ is operator, with or
# without the accelerator (None in sys.modules blocks an import, even before the first one)
def public(module):
    return sorted(n for n, v in vars(module).items()
                  if not n.startswith('__') and getattr(v, '__module__', None) in ('operator', '_operator'))
print(public(operator) == sorted(operator.__all__))
del sys.modules['operator']
saved = sys.modules.pop('_operator', None)
sys.modules['_operator'] = None
import operator as pure
print(public(pure) == sorted(pure.__all__), pure.itemgetter is not operator.itemgetter)
print(repr(pure.itemgetter(1, 'a')), repr(pure.attrgetter('x')), repr(pure.methodcaller('m', 1, k=2)))
