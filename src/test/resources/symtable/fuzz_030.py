if f3(__p):
    T: int
try: pass
except E as a: c = 1
print(y)
