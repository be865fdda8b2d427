import time
time.sleep(0.2)
import cyc_b
A = 1
