from ..helper import twice
from .sibling import NAME
RESULT = twice(21), NAME
