import sys
class Thing:
    value = 42
    def __getattr__(self, name):
        return "dyn:" + name
sys.modules[__name__] = Thing()
