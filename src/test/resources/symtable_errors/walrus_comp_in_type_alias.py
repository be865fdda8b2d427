type X = [y := 1 for x in z]
