if __class__:
    b: int
x = f2(b)
del b
print(y)
