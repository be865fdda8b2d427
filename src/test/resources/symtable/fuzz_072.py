match T:
    case [y, *T] | {'k': c}: pass
__p: a = (lambda : T)
