# annotationlib (new in 3.14). Recorded with CPython 3.14.
import annotationlib
import re


def clean(value):
    return re.sub(r' at 0x[0-9a-f]+', '', str(value))


from annotationlib import Format, ForwardRef, get_annotations, call_annotate_function, annotations_to_string, type_repr
print(list(Format), Format.VALUE, int(Format.STRING), repr(Format.FORWARDREF))
def f(a: int, b: undefined_name, c: list[missing] = 3) -> "ret": pass
for fmt in Format:
    try:
        print(fmt.name, clean(get_annotations(f, format=fmt)))
    except Exception as e:
        print(fmt.name, type(e).__name__, e)
class C:
    x: int
    y: Undefined.attr
    z: dict[str, Missing | None]
print(get_annotations(C, format=Format.STRING))
print(get_annotations(C, format=Format.FORWARDREF))
fr = ForwardRef('int')
print(repr(fr), fr.__forward_arg__, fr.evaluate(), fr == ForwardRef('int'), hash(fr) == hash(ForwardRef('int')), fr != ForwardRef('str'))
print(repr(ForwardRef('x', module='m')), repr(ForwardRef('x', is_class=True)))
print(ForwardRef('list[int]').evaluate(), ForwardRef('Q').evaluate(globals={'Q': 5}), ForwardRef('Q').evaluate(locals={'Q': 6}))
try: ForwardRef('nope').evaluate()
except NameError as e: print('NameError', e)
print(ForwardRef('nope').evaluate(format=Format.FORWARDREF), ForwardRef('nope').evaluate(format=Format.STRING))
try: ForwardRef(1)
except TypeError as e: print(e)
try: ForwardRef('1 +').__forward_code__
except SyntaxError as e: print('SyntaxError', e)
print(annotations_to_string({'a': int, 'b': list[str], 'c': 'x', 'd': None, 'e': C}))
print(type_repr(int), type_repr(C), type_repr(...), type_repr('s'), type_repr(list[int]), type_repr(len), type_repr(None))
print(call_annotate_function(f.__annotate__, Format.STRING))
print(call_annotate_function(f.__annotate__, Format.FORWARDREF))
try: call_annotate_function(f.__annotate__, Format.VALUE)
except NameError as e: print('NameError', e)
def g(x: 'int', y: 'list[str]'): pass
print(get_annotations(g), get_annotations(g, eval_str=True))
print(get_annotations(g, eval_str=True, locals={'int': float}))
ns = {'__annotate__': 1}
print(annotationlib.get_annotate_from_class_namespace({'__annotate_func__': 7}), annotationlib.get_annotate_from_class_namespace({}))
class M(type):
    def __new__(mcls, name, bases, ns):
        ann = annotationlib.get_annotate_from_class_namespace(ns)
        print('annotate in ns:', ann is not None, call_annotate_function(ann, Format.FORWARDREF) if ann else None)
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=M):
    a: int
    b: Nope
print(get_annotations(len), get_annotations(int))
try: get_annotations(3)
except TypeError as e: print('TypeError', e)
import types
mod = types.ModuleType('mm')
print(get_annotations(mod))
print(annotationlib.__all__)
def h(a: x.y[z], b: (1, 2), c: 1 + 2, d: -x, e: x[1:2], f: lambda: 1 if False else 0): pass
print(clean(get_annotations(h, format=Format.STRING)))
