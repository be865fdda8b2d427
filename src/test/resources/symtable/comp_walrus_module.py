results = [y := f(x) for x in range(3)]
print(y)
if (n := len(results)) > 2:
    pass
