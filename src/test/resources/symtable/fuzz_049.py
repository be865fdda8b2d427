__p = T
match b:
    case [b, *x] | {'k': a}: pass
