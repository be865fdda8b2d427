b: (y + b) = T
y = b
print(f1(f1(c)))
