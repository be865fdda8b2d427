x = 1  # type: ignore_x
