import sys
print("pkg main", __name__, __package__, sys.argv[0].rsplit("/", 2)[-2:])
from .helper import twice
print(twice(5))
