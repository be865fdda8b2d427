for x in (__p for y in x): pass
