class C1[T]:
    print(y)
    if __class__:
        b: int
    b += c
print(x)
global c
