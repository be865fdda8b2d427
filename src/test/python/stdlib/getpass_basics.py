import getpass, io, os, sys, warnings

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))

# getuser: the environment variables in order, then the password database
saved = {k: os.environ.pop(k, None) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
os.environ['USERNAME'] = 'fourth'
print(getpass.getuser())
os.environ['LNAME'] = 'third'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())
for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(k, None)
import pwd
print(getpass.getuser() == pwd.getpwuid(os.getuid())[0])
for k, v in saved.items():
    if v is not None:
        os.environ[k] = v

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

without_terminal('hunter2\nnext line\n')
without_terminal('no newline')
without_terminal('')


out = io.StringIO()
sys.stdin = io.StringIO('pw\n')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(getpass.fallback_getpass(stream=out)), caught[0].category.__name__, caught[0].filename == getpass.__file__)
sys.stdin = sys.__stdin__
