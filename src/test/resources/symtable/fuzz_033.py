type A1[a] = T
type A2[y] = (x + a)
try: pass
except E as T: y = 1
