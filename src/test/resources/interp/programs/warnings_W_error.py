import warnings
print("start")
warnings.warn("this is fatal")
print("not reached")
