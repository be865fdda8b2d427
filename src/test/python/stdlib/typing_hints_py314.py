# get_type_hints with PEP 695 type parameters and explicit namespaces. Recorded with CPython 3.14.
import typing
T = int
def f[T](x: 'T', y: 'list[T]') -> 'T': pass
print(typing.get_type_hints(f))
class C[U]:
    a: 'U'
    def m(self, x: 'U') -> 'C[U]': pass
print(typing.get_type_hints(C))
try: typing.get_type_hints(C.m)
except NameError as e: print('NameError', e)
type A[V] = 'V'
print(A.__value__)
def g(a: 'T', b: 'undefined' = None): pass
print(typing.get_type_hints(g, localns={'undefined': str}), typing.get_type_hints(g, globalns={'T': bytes, 'undefined': float}))
