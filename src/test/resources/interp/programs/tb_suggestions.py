# "Did you mean" and "Did you forget to import" endings on NameError/AttributeError/ImportError lines
import sys


class Point:
    def __init__(self):
        self.x_coord = 1
        self._hidden = 2

    def norm(self):
        return x_coord

    def peek(self):
        return self._hiden


def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


counter = 0
show(lambda: countr + 1)
show(lambda: Point().x_cord)
show(lambda: Point()._hiden)
show(lambda: Point().norm())
show(lambda: Point().peek())
show(lambda: Point().completely_different_name)
show(lambda: math.pi)
show(lambda: pritn("x"))
show(lambda: [].apend(1))


def imports():
    from sys import getrecursionlimt


show(imports)
maxsize = 1
sys.maxsiz
