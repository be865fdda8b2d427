try: pass
except E as c: b = 1
if f2(c):
    c: int
