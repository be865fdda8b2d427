a = x
c = a
