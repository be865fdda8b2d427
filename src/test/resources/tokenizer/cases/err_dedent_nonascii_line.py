if x:
    y
  é = 2
