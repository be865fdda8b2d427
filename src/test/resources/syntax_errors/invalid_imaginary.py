x = 1_j
