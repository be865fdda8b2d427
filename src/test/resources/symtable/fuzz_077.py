del T
print(y)
