# bytes that are not UTF-8 (and no coding cookie) given to compile/exec/eval: CPython 3.14's
# SyntaxError (the tokenizer's "Non-UTF-8 code" message, as for a file; 3.13 reported a
# "(unicode error)" instead), with its line, offset and text. Recorded from CPython 3.14.
sources = [b'x = 1\ny = "\xff"\n', b'\xff', b'a\nb\n\xe9t\n', b'x=1 # \x80\n',
           b'# hi\nprint("\xc3\x28")\n', b'\xef\xbb\xbfx = "\xfe"\n', b'x = 1\r\n\r\n  # \xc0\r\n']
for src in sources:
    try:
        compile(src, 'f', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for run in (exec, eval):
    try:
        run(b'"\xff"')
    except SyntaxError as e:
        print(run.__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
# a coding cookie makes the same bytes valid
print(repr(eval(b'# -*- coding: latin-1 -*-\n"\xff"')))
