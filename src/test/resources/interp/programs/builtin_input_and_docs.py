# input() reads sys.stdin after writing its prompt; IOError/EnvironmentError; builtin docstrings exist
import io, sys
saved_in, saved_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO('first line\nsecond\n')
sys.stdout = captured = io.StringIO()
a = input('name? ')
b = input()
try:
    input('more? ')
except EOFError as e:
    eof = str(e)
sys.stdin, sys.stdout = saved_in, saved_out
print(repr(a), repr(b), eof, repr(captured.getvalue()))
class NotStr:
    def readline(self): return 42
sys.stdin = NotStr()
try:
    input()
except TypeError as e:
    print('TypeError', e)
sys.stdin = saved_in
print(IOError is OSError, EnvironmentError is OSError)
for f in (len, print, abs, sorted, isinstance, getattr, iter, next, input):
    print(f.__name__, type(f.__doc__).__name__, len(f.__doc__) > 10)
for t in (int, str, list, dict, tuple, set, type, object, bool, float, range, bytes):
    print(t.__name__, type(t.__doc__).__name__, len(t.__doc__) > 10)
