def first[T](items: list[T]) -> T:
    return items[0]

def pair[K: str, V = int, *Ts, **P](k: K, v: V) -> tuple[K, V]:
    return k, v

def with_defaults[T](x: T = 1, *, y: T = 2) -> T:
    return x
