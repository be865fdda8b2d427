if a:
	if b:
		pass
	x
y
