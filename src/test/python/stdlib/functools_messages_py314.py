# Error messages that changed in Python 3.14 (reduce accepts initial= by keyword).
# Recorded with CPython 3.14.
import functools
import operator

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

attempt("reduce no args", functools.reduce)
attempt("reduce one arg", functools.reduce, operator.add)
attempt("reduce four args", functools.reduce, operator.add, [1], 2, 3)
attempt("reduce initial keyword", functools.reduce, operator.add, [1, 2], initial=10)
attempt("reduce initial keyword empty", functools.reduce, operator.add, [], initial="i")
attempt("reduce initial twice", functools.reduce, operator.add, [1], 2, initial=5)
attempt("reduce bad keyword", functools.reduce, operator.add, [], 1, x=1)
attempt("partialmethod non-callable", functools.partialmethod, 1)
attempt("singledispatchmethod non-callable", functools.singledispatchmethod, 1)
