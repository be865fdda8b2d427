from . import a
from .a import nope
