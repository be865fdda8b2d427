from os.path import *
from math import *
x = join("a", "b")
