if x:
    if y:
        a
# c1
    # c2

    b
c
