# functools.wraps/update_wrapper as of Python 3.14: WRAPPER_ASSIGNMENTS names '__annotate__'
# (PEP 649) instead of '__annotations__'. Recorded with CPython 3.14.
import functools

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

def original(a, b: int = 1) -> str:
    "original doc"
    return "orig"

@functools.wraps(original)
def wrapper(*args, **kwargs):
    return original(*args, **kwargs)

print(wrapper.__annotate__ is original.__annotate__)
print(wrapper.__annotations__)
print(wrapper.__annotate__(1))

def lazy(x: Undefined) -> "str":
    pass

@functools.wraps(lazy)
def lazy_wrapper():
    pass

print(lazy_wrapper.__annotate__ is lazy.__annotate__)
try:
    print(lazy_wrapper.__annotations__)
except NameError as e:
    print("NameError", e)
Undefined = list
print(lazy_wrapper.__annotations__)

def plain():
    pass

@functools.wraps(plain)
def plain_wrapper():
    pass

print(plain_wrapper.__annotate__, plain_wrapper.__annotations__)

class NoAnnotate:
    __name__ = "NoAnnotate"
    def __call__(self):
        pass

@functools.wraps(NoAnnotate())
def from_object():
    pass

print(from_object.__name__, from_object.__annotate__)
