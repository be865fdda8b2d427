# Conditional annotations (PEP 649) in the VALUE, FORWARDREF and STRING formats. Recorded with CPython 3.14.
import annotationlib
flag = False
class C:
    a: int
    if flag:
        b: str
    try:
        c: float
    except Exception:
        d: bytes
print(C.__annotations__)
print(annotationlib.get_annotations(C, format=annotationlib.Format.STRING))
print(annotationlib.get_annotations(C, format=annotationlib.Format.FORWARDREF))
import sys
mod = sys.modules[__name__]
if flag:
    m1: int
m2: str
print(annotationlib.get_annotations(mod, format=annotationlib.Format.STRING))
print(annotationlib.get_annotations(mod, format=annotationlib.Format.FORWARDREF))
