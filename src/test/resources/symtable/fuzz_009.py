if b:
    __p: int
