class C:
    try:
        a: int
    except Exception:
        b: str
    with ctx:
        c: float
    while False:
        d: int
    match x:
        case 1:
            e: int
