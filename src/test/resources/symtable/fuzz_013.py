print(f2((lambda a, x: a)))
