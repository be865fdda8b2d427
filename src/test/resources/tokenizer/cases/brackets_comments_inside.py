f(a,  # first
  b,  # second
)
