import json, json.scanner
sc = json.scanner.make_scanner(json.JSONDecoder())
print(sc('[1, {"a": 2}] x', 0), sc('"s" 1', 0), sc('  1', 2))
try:
    sc('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)
print(json.scanner.NUMBER_RE.match('-12.5e3x').groups(), callable(json.scanner.py_make_scanner))
