def f(a: int, /, b: str = "", *args: tuple, c: float, d: bool = True, **kwargs: dict) -> list:
    x: int = 1
    y: SomeType
    return x

async def g(p: P) -> R:
    pass

lam = lambda q: q
