# type.__basicsize__/__itemsize__/__weakrefoffset__/__dictoffset__/__flags__ of builtin and heap types
class C: pass
class S: __slots__=("a","b")
class W: __slots__=("__weakref__",)
class D: __slots__=("__dict__",)
class L(list): pass
class I(int): pass
class E(Exception): pass
class T(tuple): __slots__=()
class M(type): pass
class F(float): pass
class SS(S): __slots__=("c",)
import types
for t in (object,int,bool,float,str,bytes,tuple,list,dict,type,C,S,W,D,L,I,E,T,M,F,SS,types.FunctionType,types.ModuleType, Exception, KeyError, set, complex):
  print(t.__name__, t.__basicsize__, t.__itemsize__, t.__weakrefoffset__, t.__dictoffset__, hex(t.__flags__))
print(bool(C.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(I.__flags__ & (1 << 24)), bool(M.__flags__ & (1 << 31)))
for attr in ('__basicsize__', '__itemsize__', '__dictoffset__', '__weakrefoffset__', '__flags__'):
    try:
        setattr(C, attr, 1)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
