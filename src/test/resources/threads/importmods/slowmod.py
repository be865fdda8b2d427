import time
time.sleep(0.2)
VALUE = 42
