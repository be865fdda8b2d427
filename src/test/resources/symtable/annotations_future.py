from __future__ import annotations

x: int = 1

class C:
    y: List[int]
    def m(self, a: A) -> B:
        return a

def f(p: Q) -> R:
    z: S = 1
