counter = 0
def inc():
    global counter
    counter += 1
def read():
    return counter
def make():
    global made
    made = True
