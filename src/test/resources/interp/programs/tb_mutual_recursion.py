# Alternating frames are not collapsed; a repeated pair after a different frame is
def ping(n):
    if n == 0:
        raise ValueError("bottom")
    return pong(n - 1)


def pong(n):
    return ping(n)


def same(n):
    if n == 0:
        ping(3)
    same(n - 1)


same(6)
