# Tier 2 (docs/jit.md): the recursion limit and Java stack overflow in compiled recursion.
import sys

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

def forever(n):
    return forever(n + 1)

print(down(500))
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
print(down(200))
sys.setrecursionlimit(150)
try:
    down(300)
except RecursionError as e:
    print("limited", e)
print(down(100))
sys.setrecursionlimit(1000)

def mutual_a(n):
    return mutual_b(n) if n else "done"

def mutual_b(n):
    return mutual_a(n - 1)

print(mutual_a(300))
