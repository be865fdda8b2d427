# Found by CPython's test_raise: a class's __new__ is fetched as an attribute of the class before the call
# (a classmethod binds, a plain function assigned later stays unbound), and raise's messages name
# the class and the result's type by repr.
class ConstructsNone(BaseException):
    @classmethod
    def __new__(*args, **kwargs):
        print("new got", len(args), "arguments, first two:", [a.__name__ for a in args[:2]])
        return None
try:
    raise IndexError from ConstructsNone
except TypeError as e:
    print(e)
print(ConstructsNone(1, 2))
class Plain:
    pass
def made(cls, *args):
    print("plain function new:", cls.__name__, args)
    return object.__new__(cls)
Plain.__new__ = made
print(type(Plain(1, 2)).__name__)
class Counted:
    instances = 0
    @staticmethod
    def __new__(cls, n):
        cls.instances += n
        return super(Counted, cls).__new__(cls)
Counted(3); Counted(4); print(Counted.instances)
try:
    raise ConstructsNone
except TypeError as e:
    print(e)
