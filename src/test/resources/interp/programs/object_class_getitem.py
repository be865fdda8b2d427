# __class_getitem__ and __getitem__ on the metaclass.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])

class Sub(Box): pass
print(Sub[str])

class Meta(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[0])

class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(e)
print(hasattr(list, "__class_getitem__"))
b = Box()
try:
    b[0]
except TypeError as e:
    print(e)
