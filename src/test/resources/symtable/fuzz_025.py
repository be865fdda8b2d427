@y
def f1(y):
    del y
del T
print(b)
