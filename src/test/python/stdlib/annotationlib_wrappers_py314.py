# staticmethod and classmethod take __annotations__/__annotate__ from the function they wrap. Recorded with CPython 3.14.
import annotationlib
import typing


def f(a: int) -> str: pass


for obj in (staticmethod(f), classmethod(f)):
    name = type(obj).__name__
    print(name, annotationlib.get_annotations(obj), obj.__annotations__, obj.__annotate__ is f.__annotate__)
    print(name, annotationlib.get_annotations(obj, format=annotationlib.Format.STRING))
    obj.__annotations__ = {'changed': 1}
    print(name, obj.__annotations__, f.__annotations__)
    del obj.__annotations__
    print(name, obj.__annotations__ == f.__annotations__)
    try:
        del obj.__annotate__
        del obj.__annotate__
    except AttributeError as e:
        print(name, 'AttributeError', e)


class A:
    @staticmethod
    def s(x: int): pass

    @classmethod
    def c(cls, x: 'int'): pass


print(typing.get_type_hints(A.s), typing.get_type_hints(A.c), typing.get_type_hints(A.__dict__['s']),
      typing.get_type_hints(A.__dict__['c']))
