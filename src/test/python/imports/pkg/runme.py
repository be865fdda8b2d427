print("runme", __name__, __package__)
from . import helper
if __name__ == "__main__":
    print("runme as main", helper.twice(3))
