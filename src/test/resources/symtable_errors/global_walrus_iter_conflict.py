def f():
    global x
    return [x for x in [1] if (x := 2)]
