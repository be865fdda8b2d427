import json
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, getattr(e,'__notes__',None))
for s in ['', '[1,]', '{"a":1,}', '{"a" 1}', '{a}', '[1 2]', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '"\\ud800"', '1 2', 'nan', '[', '{', '{"a":', '"\\', '\ufeff[]', '-', '01', '1.', '[1,2', '{"a":1', '"\\u00zz"', ' ', '{"a":1 "b"}']:
    t(lambda: json.loads(s))
t(lambda: json.loads(b'\xef\xbb\xbf[1]'))
t(lambda: json.loads(5))
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps([{'a': [object()]}]))
t(lambda: json.dumps([{'a': [object()]}], indent=2))
t(lambda: json.dumps({(1,):2}))
l=[]; l.append(l)
t(lambda: json.dumps(l))
t(lambda: json.dumps(l, indent=1))
t(lambda: json.loads('"a\x01"', strict=False))
for s in ['"\\ud800\\u12"', '"\\ud800\\udc00"', '"\\ud83d\\ude00x"', '"\\udc00\\ud800"', '{"a":1,"a":2}', '[1,,2]', '[,]', '{,}', '{"a":1,,}', 'tru', 'nul', '-Infinity', '-Inf', '\n\n  [1,\n  x]', '1e5', '-0', '-0.0', '1E+2', '2.5e-3', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[]  ', '  {}', '{"a"  :  [ 1 , { } ] }', '123456789012345678901234567890']:
    t(lambda: json.loads(s))
import pickle
try:
    json.loads('[1,\n 2 x]')
except json.JSONDecodeError as e:
    print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
    e2 = pickle.loads(pickle.dumps(e))
    print(type(e2).__name__, e2, e2.lineno, e2.colno)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] rest'))
print(dec.raw_decode('xx{"a": 1} rest', 2))
t(lambda: dec.raw_decode(' [1]'))
class C: pass
t(lambda: json.dumps({'k': [1, {'z': C()}]}))
t(lambda: json.dumps([1, 2], default=lambda o: [o]))
t(lambda: json.dumps(C(), default=lambda o: [o]))
t(lambda: json.dumps({'a': float('inf')}, allow_nan=False))
t(lambda: json.dumps({float('-inf'): 1}, allow_nan=False))
t(lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
