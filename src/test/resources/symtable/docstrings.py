"""Module doc."""

def f():
    """Function doc."""
    return 1

class C:
    """Class doc."""
    def m(self):
        "method doc"

def g():
    x = "not first"
    "not a docstring"
