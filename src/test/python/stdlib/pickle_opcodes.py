# pickle's module-level opcode constants and __all__ (pickletools checks its table against them)
import pickle

print(pickle.__all__)
codes = {name: getattr(pickle, name) for name in pickle.__all__
         if name.isupper() and isinstance(getattr(pickle, name), bytes)}
print(len(codes), len(set(codes.values())))
print(sorted((name, code) for name, code in codes.items() if len(code) != 1))
print(pickle.MARK, pickle.STOP, pickle.PROTO, pickle.FRAME, pickle.NEXT_BUFFER, pickle.READONLY_BUFFER)
data = pickle.dumps([None, True], 2)
print(data[:1] == pickle.PROTO, data[2:3] == pickle.EMPTY_LIST, data[-1:] == pickle.STOP,
      pickle.NONE in data, pickle.NEWTRUE in data)
print(pickle._Unpickler(__import__('io').BytesIO(pickle.dumps(7))).load(), hasattr(pickle._Pickler, 'dump'))
print(pickle._loads(pickle._dumps({'a': 1}, 4)))
