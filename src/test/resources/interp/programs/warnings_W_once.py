import warnings


def f():
    warnings.warn("same text")


warnings.warn("same text")
f()
warnings.warn("other text")
