print("a".__add__("b"), str.__add__("x", "y"), "ab".__mul__(2), "ab".__rmul__(3), (1,).__add__((2,)), [1].__add__([2]), [0].__mul__(2), (1,).__rmul__(2))
try:
    "a".__add__(1)
except TypeError as e:
    print(e)
try:
    "a".__mul__("x")
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
print(3 * "ab", "ab" * 3, [1] * 2, 2 * (1,), "x" + "y")
