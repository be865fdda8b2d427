def f(a, b):
    # type: (int, str) -> None
    pass
