print(eval(b'  1 + 2'))
exec(b'# -*- coding: latin-1 -*-\nx = "\xe9"\nprint(x, len(x))')
c = compile(bytearray(b'y = 40 + 2'), 'f', 'exec'); d = {}; exec(c, d); print(d['y'])
for src in (b'1\x002', b'\xff = 1', 5):
    try:
        compile(src, 'g', 'exec')
    except Exception as e:
        print(type(e).__name__, e)
