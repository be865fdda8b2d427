# An exception whose __str__ fails, a module-qualified type, an empty message
class Unprintable(Exception):
    def __str__(self):
        raise TypeError("no")


class Elsewhere(Exception):
    pass


Elsewhere.__module__ = "some.module"
try:
    raise Elsewhere("qualified")
except Elsewhere as e:
    import sys
    sys.excepthook(type(e), e, e.__traceback__)
try:
    raise KeyError("")
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    raise StopIteration
except StopIteration as e:
    sys.excepthook(type(e), e, None)
raise Unprintable()
