def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
