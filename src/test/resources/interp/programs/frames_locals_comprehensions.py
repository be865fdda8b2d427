# locals()/vars()/dir() inside comprehensions inlined into module, function and class bodies (PEP 709 + 667)
a = 1
r = [sorted(k for k in locals() if not k.startswith('__')) for x in range(1)]
print(r)
def f():
    y = 2
    return [sorted(locals()) for z in range(1)]
print(f())
class C:
    q = 1
    r = [sorted(k for k in locals() if not k.startswith('__')) for w in range(1)]
print(C.r)
print([dir() for v in range(1)][0][-3:])
print([vars() is globals() for v in range(1)])
import sys
print([sorted(sys._getframe().f_locals) for item in "ab"])
print([type(sys._getframe().f_locals).__name__ for item in "a"], type(sys._getframe().f_locals).__name__)
print("after the comprehension:", locals() is globals(), "item" in globals())
