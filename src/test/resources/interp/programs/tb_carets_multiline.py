# An instruction spanning several lines: first, last and anchor lines, "...<N lines>..."
def combine(a, b, c, d, e):
    return (a +
            b +
            c) * d / e


def fail():
    return combine(
        1,
        2,
        3,
        4,
        0,
    )


values = [
    fail(),
]
