# A replaced sys.excepthook prints uncaught exceptions; a failing one falls back
import sys


def hook(exc_type, exc, tb):
    print("hook:", exc_type.__name__, exc, tb.tb_lineno, file=sys.stderr)
    raise RuntimeError("the hook itself fails")


sys.excepthook = hook


def fail():
    raise LookupError("original")


fail()
