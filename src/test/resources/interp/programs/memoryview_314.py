# memoryview.count/index (new in 3.14) and the memory_iterator. Recorded with CPython 3.14.
m = memoryview(b'abcab')
print(m.count(97), m.index(98), m.index(98, 2), type(iter(m)).__name__)
try: m.index(120)
except ValueError as e: print(e)
try: print(m.count(b"a"))
except Exception as e: print(type(e).__name__, e)
c = m.cast('c')
print(c.count(b'a'), c.index(b'b'))
