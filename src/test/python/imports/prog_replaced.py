# Any object may stand in sys.modules: a module that replaces itself, a plain int.
import selfrep
print(type(selfrep).__name__, selfrep.value)
from selfrep import anything
print(anything)
import sys
del sys.modules["selfrep"]
sys.modules["fake"] = 5
import fake
print(fake)
try:
    import fake.sub
except ImportError as e:
    print(type(e).__name__, e)
