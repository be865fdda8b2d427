c += __class__
if __class__:
    y: int
print(b)
match T:
    case [c, *b] | {'k': T}: pass
