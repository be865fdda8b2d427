import time
time.sleep(0.2)
import cyc_a
B = 2
