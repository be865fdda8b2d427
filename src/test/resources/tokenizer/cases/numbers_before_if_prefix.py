x = 1if y else 2
w = 1ifx
