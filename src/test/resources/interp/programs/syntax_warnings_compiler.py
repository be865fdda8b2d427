# recorded with CPython 3.14: the compiler's SyntaxWarnings
x = 5
if x is 1: pass
if x is not "a": pass
if None is x is 2.5: pass
if x is None or x is True or x is ...: pass
assert (x, "message")
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
calls = [lambda: [1, 2](3), lambda: {1: 2}(1), lambda: f"x"(1), lambda: None(1), lambda: (i for i in ())()]
subs = [lambda: 5[0], lambda: {1, 2}[0], lambda: (lambda: 0)[0], lambda: True[0], lambda: ...[0]]
idx = [lambda: [1, 2][3, 4], lambda: "ab"["a"], lambda: (1, 2)[1.5], lambda: b"x"[None], lambda: [1][1:2], lambda: "a"[True]]
for f in calls + subs + idx:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(e)
import warnings
warnings.simplefilter("error")
for src in ["x is 1", "assert (1, 2)", "(1, 2)(3)", "[1][1, 2]", "5[0]"]:
    try:
        compile(src, "<e>", "exec")
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset, repr(err.text))
