del y
