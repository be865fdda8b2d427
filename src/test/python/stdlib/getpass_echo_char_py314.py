import getpass, io, os, sys, warnings

# 3.14: echo_char
# echo_char is checked before anything is read
for bad in [1, b'*', '', '**', '\t', '\u00e9']:
    try:
        getpass.getpass(echo_char=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        getpass.fallback_getpass(echo_char=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# no terminal: a warning, the notice and the prompt on the stream, a line from stdin
def without_terminal(stdin_text, **kwargs):
    old_stdin, old_open = sys.stdin, os.open
    def no_tty(path, *args, **kw):
        if path == '/dev/tty':
            raise OSError(6, 'No such device or address')
        return old_open(path, *args, **kw)
    sys.stdin = io.StringIO(stdin_text)
    os.open = no_tty
    out = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                result = getpass.getpass('Secret? ', out, **kwargs)
            except EOFError:
                result = 'EOFError'
    finally:
        sys.stdin, os.open = old_stdin, old_open
    print(repr(result), repr(out.getvalue()), [(w.category.__name__, str(w.message)) for w in caught])

without_terminal('abc\n', echo_char='*')

# the fallback itself
out = io.StringIO()
old_stdin = sys.stdin
sys.stdin = io.StringIO('x\x7fyz\n')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(getpass.fallback_getpass('P: ', out, echo_char='#')), repr(out.getvalue()), len(caught))
for keys in ['ab\x08c\n', '\x7f\x7fxy\x00z\r', 'k\x04\x04ignored\n', 'e\x04f\n']:
    sys.stdin = io.StringIO(keys)
    out = io.StringIO()
    with warnings.catch_warnings(record=True):
        warnings.simplefilter('always')
        print(repr(getpass.fallback_getpass('', out, echo_char='*')), repr(out.getvalue()))
sys.stdin = io.StringIO('\x03')
try:
    with warnings.catch_warnings(record=True):
        getpass.fallback_getpass('', io.StringIO(), echo_char='*')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
sys.stdin = old_stdin
