# annotationlib.ForwardRef: equality, hash, attributes, evaluate formats; typing.evaluate_forward_ref. Recorded with CPython 3.14.
from annotationlib import ForwardRef, Format
import typing
a = ForwardRef('int'); b = ForwardRef('int', module='m'); c = ForwardRef('int', is_class=True); d = ForwardRef('int', is_argument=False)
print(a == b, a == c, a == d, hash(a) == hash(d), a == 'int')
class O: pass
print(ForwardRef('x', owner=O) == ForwardRef('x', owner=O), ForwardRef('x', owner=O) == ForwardRef('x'))
print(ForwardRef('x', owner=[]).__owner__ if True else '')
try: print(hash(ForwardRef('x', owner=[])))
except TypeError as e: print('TypeError', e)
print(a.__forward_arg__, a.__forward_module__, a.__forward_is_argument__, a.__forward_is_class__, a.__owner__, a.__forward_code__.co_names)
print(repr(a | None), repr(None | a) if False else '', typing.List['int'].__args__[0] == ForwardRef('int'))
print(ForwardRef('List[int]').evaluate(globals=vars(typing)), ForwardRef('T').evaluate(type_params=(typing.TypeVar('T'),)))
print(ForwardRef('x').evaluate(format=Format.STRING), ForwardRef('undefined.attr').evaluate(format=Format.FORWARDREF))
try: ForwardRef('x').evaluate(format=Format.VALUE_WITH_FAKE_GLOBALS)
except Exception as e: print(type(e).__name__, e)
try:
    class Sub(ForwardRef): pass
except TypeError as e: print(e)
print(typing.get_type_hints(type('K', (), {'__annotations__': {'a': 'int'}})))
print(typing.evaluate_forward_ref(ForwardRef('list[int]')), typing.evaluate_forward_ref(ForwardRef('Optional[int]'), globals=vars(typing)))
