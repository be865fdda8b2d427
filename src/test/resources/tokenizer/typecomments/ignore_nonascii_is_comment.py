x = 1  # type: ignoreé
