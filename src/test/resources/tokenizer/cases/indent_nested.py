if a:
    if b:
        if c:
            pass
        x
    y
z
