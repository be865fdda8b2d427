# Assigning __code__ of another kind (plain/generator/coroutine/async generator) warns DeprecationWarning, as CPython.
import warnings
warnings.simplefilter('always')
def A(): pass
def B(): yield
async def C(): yield
async def D(x): await x
for src in [A, B, C, D]:
    for dst in [A, B, C, D]:
        if src is dst: continue
        prev = dst.__code__
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            dst.__code__ = src.__code__
        print(dst.__name__, '<-', src.__name__, [str(x.message) for x in w], [x.category.__name__ for x in w])
        dst.__code__ = prev
def E(a): pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    A.__code__ = E.__code__
print(len(w))
