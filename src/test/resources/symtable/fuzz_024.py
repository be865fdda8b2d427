def f1():
    b += {x for T in y}
