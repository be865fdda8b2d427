from m import x
