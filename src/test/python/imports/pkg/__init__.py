print("init", __name__, __package__, __path__[0].rsplit("/", 1)[-1])
VALUE = 1
