# deque's "not found" messages, which changed in Python 3.14 (3.13 printed the missing value).
# Recorded with CPython 3.14.
from collections import deque

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

d = deque([0, 1, 2, 3, 4])
attempt("remove missing", d.remove, "zz")
attempt("index missing", d.index, "zz")
attempt("index range", deque([1, 2, 1]).index, 1, 1, 2)
attempt("index empty range", deque([1, 2, 1]).index, 1, 2, 1)
attempt("index found", deque([1, 2, 1]).index, 1, 1)
attempt("remove found", d.remove, 3)
print(d)
attempt("remove empty", deque().remove, None)
attempt("index no args", d.index)
attempt("remove no args", d.remove)

class Eq:
    def __eq__(self, other):
        raise RuntimeError("eq called")

attempt("remove raising eq", deque([Eq()]).remove, 1)
attempt("index raising eq", deque([Eq()]).index, 1)
