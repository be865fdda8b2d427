def f() -> (y := int): pass
