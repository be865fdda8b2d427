from .. import helper
print("sub", __name__, __package__, helper.twice(4))
