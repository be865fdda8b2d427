# Entries a program puts in sys.modules before its first import statement may be anything:
# None blocks that import (here the accelerator of operator, whose Python fallbacks are used),
# any other object is what the import returns.
import sys
sys.modules['_operator'] = None
sys.modules['answer_module'] = 42
import operator
print(operator.itemgetter(1)("ab"), type(operator.itemgetter).__name__)
import answer_module
print(answer_module)
try:
    import _operator
except ImportError as e:
    print(type(e).__name__, e)
