x: int = 1
y: str
z: "forward"
(paren): int = 2
obj.attr: int = 3
lst[0]: int = 4
if x:
    cond: float = 1.0
