# 3.14: the one-shot encoder (the _json accelerator) notes where a failure happened.
import json


class X:
    pass


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))


for o in [[1, [2, X()]], {'a': {'b': X()}}, {1: {2: [X()]}}, [float('nan')], ({'k': (1, X())},),
          {'a': 1, (1,): 2}, [{float('nan'): 1}]]:
    show(lambda: json.dumps(o, allow_nan=False))
    show(lambda: json.dumps(o, allow_nan=False, indent=2))
show(lambda: json.dumps([X()], default=lambda o: [o]))
show(lambda: json.dumps({'a': X()}, default=lambda o: {'x': X.__name__, 'y': [float('inf')]}, allow_nan=False))
show(lambda: json.dumps({(1, 2): 'x'}, skipkeys=True, indent=2))
show(lambda: json.dumps({(1, 2): 'x', 'a': 1}, skipkeys=True, indent=2))
show(lambda: json.dumps([1, {'a': 2}], indent=0))
show(lambda: json.dumps([1, {'a': 2}], indent=''))
