import os
import os.path
import collections.abc as cabc
from sys import argv, path as p
from . import sibling
from .. import parent as par

def f():
    import json
    from re import compile as rc
    return json, rc, os
