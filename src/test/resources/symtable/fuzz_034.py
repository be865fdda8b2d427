a += y
