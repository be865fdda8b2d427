y = 1
if x:
    z = {'a':
