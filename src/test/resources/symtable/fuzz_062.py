y = f3((b + T))
print(f1([(__p := __p) for b in x]))
y = T
