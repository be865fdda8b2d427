from ..helper import twice
from . import sibling
from .sibling import NAME as SIBLING_NAME
from ... import nothing_here
