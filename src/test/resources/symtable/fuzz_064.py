try: pass
except E as a: b = 1
