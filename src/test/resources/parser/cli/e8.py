if True:
	x = 1
	y = f(a=1, b)
