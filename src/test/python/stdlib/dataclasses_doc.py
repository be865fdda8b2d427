import dataclasses, typing
from dataclasses import dataclass, field
@dataclass
class G:
    a: list[int]
    b: typing.Tuple[str, ...] = None
    c: dict[str, list[int]] = field(default_factory=dict)
    d: 'typing.Any' = 3
    e: typing.List[int] = field(default=None, kw_only=True)
print(G.__doc__)
print(G([1]))
@dataclass
class Documented:
    """My own docstring."""
    x: int = 0
print(Documented.__doc__)
