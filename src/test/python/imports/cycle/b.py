print("b starts")
from . import a
SEEN = str(hasattr(a, "A"))
print("b ends")
