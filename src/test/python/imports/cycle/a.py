print("a starts")
from . import b
A = "a done, b sees " + b.SEEN
print("a ends")
