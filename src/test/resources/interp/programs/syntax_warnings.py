# SyntaxWarnings from the front end (recorded with CPython 3.14: its warning texts)
a = "\d"
b = b"\q" + b"fine"
c = f"{a}\w"
d = """first line
  second \s line"""
e = "\400"
f = b"\777"
g = 1if a else 2
h = [0x1for x in ()]
i = "\N{BULLET} ok \z and \y"
j = r"\d raw is fine", rb"\q"
k = 1_000if True else 0
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile('x = "\\p"\ny = 2if 1 else 3\n', "<test>", "exec")
for w in log:
    print(w.category.__name__, w.filename, w.lineno, w.message)

warnings.simplefilter("error")
for src in ['x = "\\p"', 'y = b"\\777"', 'z = 1if 1 else 2', 'w = f"{1}\\{x}"', 's = """\n\\m"""']:
    try:
        compile(src, "<e>", "exec")
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset, repr(err.text))

warnings.simplefilter("ignore")
exec('v = "\\y"')
print(len(d), e, f, h, g, k)
