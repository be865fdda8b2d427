if x:
    y
	z
