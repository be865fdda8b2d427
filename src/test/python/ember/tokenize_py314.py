# tokenize on _tokenize (Java): token streams of assorted sources (comments, NL, indentation,
# continuation lines, multi-line strings, CRLF, f-strings with doubled braces, no final
# newline), tokenize() with an encoding cookie, errors as TokenError, untokenize, exact_type.
import io
import tokenize

SAMPLES = [
    'x = f(1, "a")  # c\n',
    'def f(a):\n    if a:\n        return 1\n    # comment\n\n    return "é" + \'ü\'\nprint(f(2))',
    's = """multi\nline"""\nt = 1\r\nu = 2\n',
    'x = 1 \\\n  + 2\n',
    'class C:\n    pass\n',
    'y = f"a{b!r:>5} {{c}}" + rb"x"\n',
    'x = f"{a}{b}" f"{{"\ny = f"""a{{\nb}}c"""\n',
    '',
    '# only comment',
    'a = (1,\n     2)\n',
    '€ = 3\n',
]
for source in SAMPLES:
    print('---', repr(source))
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        print(token)
print('--- bytes')
for token in tokenize.tokenize(io.BytesIO('# -*- coding: latin-1 -*-\nx = "é"\n'.encode('latin-1')).readline):
    print(token)
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'#!/bin/sh\n# coding=utf_8\n').readline))
for bad in ['x = (', '"abc', 'x = (\n1,\n', 's = """open\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except tokenize.TokenError as e:
        print('TokenError', e.args)
try:
    list(tokenize.generate_tokens(io.StringIO('if x:\n  a\n b\n').readline))
except IndentationError as e:
    print('IndentationError', e.msg, e.lineno)
for source in ['x=1\nif x :  y( 2 )\n', 'def f():\n    return f"{x}{{y}}"\n', 'a = [1,\n     2]  # c\n']:
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    print(repr(tokenize.untokenize(tokens)), tokenize.untokenize(tokens) == source)
print(repr(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO('if a:\n    b = 1\n').readline))))
print([tokenize.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO('a += b ** 2\n').readline)])
