# Binding rules, package attributes, sys.modules caching, submodule fallback.
import sys
HERE = __file__.rsplit("/", 1)[0]


def where(path):
    return path.replace(HERE, "<dir>")


import pkg.sub
try:
    sub
except NameError:
    print("bound pkg only:", pkg.__name__)
print(pkg.VALUE, pkg.sub.helper.twice(2), pkg.helper is pkg.sub.helper)
import pkg.sub.shallow as sh
print(sh.RESULT, sh.__name__, sh.__package__)
print(where(sh.__file__), where(pkg.__file__), [where(p) for p in pkg.__path__])
print(sh.__loader__ is None or True, "pkg.sub.sibling" in sys.modules)
from pkg.sub import sibling, shallow
print(sibling.NAME, shallow is sh)
from pkg import runme
print(runme.__name__)
import guarded
import guarded as again
print(guarded is again, guarded.counter, guarded.__package__ == "", where(guarded.__file__))
import sys as s2, pkg as p2
print(s2 is sys, p2 is pkg)
del sys.modules["guarded"]
import guarded
print(guarded is again)
from cycle import a
print(a.A)
print(sorted(k for k in sys.modules if k.startswith(("pkg", "cycle"))))
from pkg.sub import *
print(helper.__name__, sibling.__name__, shallow.__name__)
m = __import__("pkg.sub.sibling")
print(m.__name__, __import__("pkg.sub.sibling", fromlist=["x"]).__name__)
print(__name__, __package__, __spec__)
