if x:
    y
  # c
  z
