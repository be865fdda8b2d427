# array.array: clear() (3.13), huge repeat counts give MemoryError (the byte count used to
# overflow a long and escape as a Java exception), weak references to arrays.
import array
import sys
import weakref

a = array.array("i", [1, 2, 3])
a.clear()
print(a, len(a), a.typecode)
a.append(7)
print(a)
try:
    a.clear(42)
except TypeError as e:
    print("TypeError:", e)
with memoryview(a):
    try:
        a.clear()
    except BufferError as e:
        print("BufferError:", e)
print(a)
empty = array.array("d")
with memoryview(empty):
    empty.clear()   # resizing to the same (empty) size is allowed while exported
print(empty)

d = array.array("d", [-1.0] * 65536)
try:
    d *= sys.maxsize // 65536 + 1
except MemoryError:
    print("MemoryError for *=", len(d))
try:
    array.array("d", [1.0, 2.0, 3.0]) * (sys.maxsize // 3 + 1)
except MemoryError:
    print("MemoryError for *")
print(array.array("b", [1, 2]) * 3, array.array("b", [1]) * 0, array.array("b", [1]) * -5)

w = array.array("w", "hi")
r = weakref.ref(w)
print(r() is w, r())
p = weakref.proxy(w)
print(len(p), p.tounicode())
