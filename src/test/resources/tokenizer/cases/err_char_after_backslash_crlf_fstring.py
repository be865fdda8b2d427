x = rf'\
d{x}\n' fR'{x\\'
