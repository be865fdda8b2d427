import inspect, enum
class C(enum.Enum):
    A = 1
print(inspect.signature(C))
print(inspect.signature(enum.Enum))
print(C.__doc__, enum.Enum.__doc__ is not None)
class D(enum.Enum):
    """Docs."""
    A = 1
print(D.__doc__)
print(enum.IntFlag.__doc__ is not None)
