def handle(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case {"action": action, **rest}:
            return action, rest
        case Point(x=px, y=0) as pt:
            return px, pt
        case [first, *others]:
            return first, others
        case str() | bytes():
            return None
        case _:
            return cmd
