print(T)
