try: pass
except E as a: c = 1
a += __class__
type A1[c] = y
