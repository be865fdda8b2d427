if x:
	pass
  else:
