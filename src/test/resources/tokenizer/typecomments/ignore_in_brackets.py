x = [1,  # type: ignore
  2]
