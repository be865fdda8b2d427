# inspect.BufferFlags and PEP 688's __buffer__: a Python class whose instances are bytes-like.
import inspect

F = inspect.BufferFlags
print(F.FULL_RO, int(F.FULL_RO), F.CONTIG, repr(F.STRIDES), F.READ | F.WRITE, F(0x11c), F.__module__, F.__qualname__)
print([m.name for m in F], len(list(F)))
print("BufferFlags" in inspect.__all__)

received = []


class Exporter:
    def __init__(self, data):
        self.data = data

    def __buffer__(self, flags):
        received.append(flags)
        return memoryview(self.data)


e = Exporter(b"xy")
print(bytes(e), bytearray(e), b"-".join([e, b"z"]), memoryview(e).tobytes(), len(memoryview(e)))
print(all(isinstance(flags, int) for flags in received), F.FULL_RO in received)


class Wrong:
    def __buffer__(self, flags):
        return b"not a view"


for make in (memoryview, bytes):
    try:
        make(Wrong())
    except TypeError as error:
        print(make.__name__, "TypeError", error)
