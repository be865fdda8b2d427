class C:
    match value:
        case [a, b]:
            pair = (a, b)
        case {"k": v}:
            pass
