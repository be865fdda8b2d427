for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
