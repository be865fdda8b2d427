w = 1or2
