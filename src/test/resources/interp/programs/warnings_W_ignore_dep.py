import sys
import warnings
print(sys.warnoptions)
warnings.warn("ignored dep", DeprecationWarning)
warnings.warn("shown user")
print([(f[0], f[2].__name__) for f in warnings.filters][:2])
