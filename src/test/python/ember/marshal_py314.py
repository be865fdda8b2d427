# marshal as of Python 3.14: version 5, which adds slices. Recorded with CPython 3.14.
import marshal

print(marshal.version)
for value in [slice(1, 2), 7, "name", (1, 2)]:
    data = marshal.dumps(value)
    print(data, marshal.loads(data))
# (the bytes of values with temporaries inside differ by reference flags: see marshal.py's notes)
for value in [slice(None, "a", (1, 2.5)), [slice(3)]]:
    print(marshal.loads(marshal.dumps(value)))
try:
    marshal.dumps(slice(1, 2), 4)
except ValueError as e:
    print("ValueError", e)
print(marshal.loads(b":\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00N"))
print(marshal.loads(b"\xdb\x01\x00\x00\x00:N\xe9\x03\x00\x00\x00N"))
