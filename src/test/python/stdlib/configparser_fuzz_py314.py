# Random inputs (fixed seed) for configparser reading, values, interpolation and writing under random options: the expected output was recorded
# from CPython 3.14, so every difference in behaviour on odd input shows up.
import random, sys, io
import configparser as cp

ATOMS = ['[', ']', 's', 't', 'DEFAULT', '=', ':', ' ', '  ', '\t', '\n', '\n', '\n', '#', ';', 'key', 'Key', 'val',
         '%(', ')s', '%%', '%', '${', '}', '$$', '$', 'key:val', '=>', '\n  ', '\n    x', 'a', '1', 'yes', '\r']
rnd = random.Random(20261126)

def r(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ':' + str(e)

for n in range(250):
    text = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(1, 40)))
    kw = {}
    if rnd.random() < 0.3: kw['allow_no_value'] = True
    if rnd.random() < 0.3: kw['strict'] = False
    if rnd.random() < 0.2: kw['inline_comment_prefixes'] = ('#', ';')
    if rnd.random() < 0.2: kw['empty_lines_in_values'] = False
    if rnd.random() < 0.2: kw['allow_unnamed_section'] = True
    if rnd.random() < 0.2: kw['delimiters'] = ('=>', ':')
    if rnd.random() < 0.3: kw['interpolation'] = rnd.choice([None, cp.ExtendedInterpolation()])
    cls = rnd.choice([cp.ConfigParser, cp.RawConfigParser])
    p = cls(**kw)
    res = [text, sorted(k for k in kw), cls.__name__, r(p.read_string, text)]
    for sec in list(p):
        res.append((repr(sec), r(p.items, sec, raw=True)))
        res.append(r(p.items, sec))
        for opt in list(r(lambda: list(p[sec])) or []):
            res.append(r(p.getboolean, sec, opt))
    out = io.StringIO()
    res.append(r(p.write, out))
    res.append(out.getvalue())
    print(repr(res))
