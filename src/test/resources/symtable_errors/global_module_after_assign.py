x = 1
global y, x
