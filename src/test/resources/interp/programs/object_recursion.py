# sys.setrecursionlimit and RecursionError, also from deep data structures.
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", type(e).__name__)
other = []
for _ in range(100000):
    other = [other]
try:
    nested == other
except RecursionError as e:
    print("eq:", type(e).__name__)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("dict repr:", type(e).__name__)
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def __repr__(self): return f"Node({self.nxt!r})"
n = None
for _ in range(10000):
    n = Node(n)
try:
    repr(n)
except RecursionError as e:
    print("user repr:", type(e).__name__)
sys.setrecursionlimit(1000)
print(deep.__name__, "still works", len(repr([[1]])))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
l = [1]; l.append(l)
print(l, {1: l})
