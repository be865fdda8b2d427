NAME = "sibling of " + __name__
