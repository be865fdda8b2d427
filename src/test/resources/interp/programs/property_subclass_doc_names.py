# Found by CPython's test_property: subclass instances keep their doc in their own __dict__ (the class
# docstring would shadow it), getter()/setter() copies go through the subclass, messages name the
# owner by __qualname__ and the property by repr, __name__ may be set to None.
class C:
    foo = property()
    bar = property(lambda s: 1)
c = C()
for f in (lambda: c.foo, lambda: setattr(c, 'foo', 1), lambda: delattr(c, 'foo'), lambda: setattr(c, 'bar', 1)):
    try: f()
    except AttributeError as e: print(e)
p = property()
try: p.__get__(c)
except AttributeError as e: print(e)
print(C.foo.__name__, C.bar.__name__)
try: C.foo.__set_name__()
except TypeError as e: print(e)
try: C.foo.__set_name__(1, 2, 3)
except TypeError as e: print(e)
class P(property):
    pass
def g(self):
    "doc g"
print(P(g).__doc__, P(g, doc="x").__doc__, P(None).__doc__)
class Q(property):
    "class doc"
class Foo:
    @Q
    def spam(self):
        "spam doc"
        return 1
    @spam.setter
    def spam(self, v): pass
print(Foo.spam.__doc__, type(Foo.spam).__name__, Foo.spam.__name__, Foo().spam)
print(Q(doc="explicit").__doc__, Q().__doc__, Q(g).__doc__)
class S(property):
    __slots__ = ()
try:
    print(S(g).__doc__)
except AttributeError as e: print("AttributeError", e)
print(S(None, doc="dropped").__doc__)
class A: pass
A.quux = property(g)
print(A.quux.__name__)
A.quux.__name__ = None
print(A.quux.__name__)
try: A().quux = 1
except AttributeError as e: print(e)
class Outer:
    class Inner:
        p = property()
try: Outer.Inner().p
except AttributeError as e: print(e)
q = property(g); q2 = q.getter(lambda s: 1); print(q2.__doc__)
q3 = property(g, doc="explicit").setter(None); print(q3.__doc__)
