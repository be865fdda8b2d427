import json, random
rnd = random.Random(42)
base = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}, "e": []}', '[{"x": "y"}, [[]], "str\\"ing", 0, -0.0, 1E+2]', '"\\ud83d\\ude00 \\t"', '{"k":{"k":{"k":[1,2,{"z":null}]}}}']
chars = list('{}[],:"\\ 0123456789.eE+-tfnaluNI\t\n\r\x01xu')
for i in range(3000):
    s = rnd.choice(base)
    for _ in range(rnd.randrange(1, 4)):
        k = rnd.randrange(3)
        p = rnd.randrange(len(s) + 1)
        if k == 0: s = s[:p] + rnd.choice(chars) + s[p:]
        elif k == 1: s = s[:p] + s[p + 1:]
        else: s = s[:p] + rnd.choice(chars) + s[p + 1:]
    try:
        r = json.loads(s)
        print(i, 'ok', ascii(r))
    except json.JSONDecodeError as e:
        print(i, 'err', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(i, type(e).__name__, e)
    try:
        print(i, ascii(json.loads(s, strict=False)))
    except Exception as e:
        print(i, type(e).__name__, e)
