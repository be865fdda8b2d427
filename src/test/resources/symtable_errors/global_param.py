def f(a, x):
    global x
