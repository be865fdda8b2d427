print("bad starts")
from . import c
