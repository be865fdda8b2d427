if [(y := T) for y in c]:
    b: int
