class C:
    a: int
    b: list[int] = []
    if flag:
        c: str
    for i in range(2):
        d: bytes
    def m(self, p: int, *args: str, q: float = 0, **kw: dict) -> None:
        local: int = p
        return local
