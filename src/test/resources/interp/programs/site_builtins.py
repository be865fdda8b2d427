# What site adds to builtins: exit/quit (Quitter), copyright/credits/license (_Printer), help
# (_Helper), and breakpoint() with sys.breakpointhook honouring PYTHONBREAKPOINT.
import os, sys

for name in ('exit', 'quit', 'copyright', 'credits', 'license', 'help'):
    obj = getattr(__builtins__, name)
    print(name, type(obj).__module__, type(obj).__qualname__, callable(obj))
print(repr(exit), '|', repr(quit), '|', str(quit))
print(repr(help))
print(repr(copyright) == sys.copyright, type(copyright).MAXLINES)
def documented(a, b=1, *rest, key=None):
    """Adds things.

    More about adding."""
help(documented)
class Plain:
    pass
help(lambda x: x)
help('no_such_module_xyz')
for quitter, args in ((exit, ()), (quit, (3,)), (exit, ('bye',)), (quit, (None,))):
    try:
        quitter(*args)
    except SystemExit as e:
        print('SystemExit', e.code, e.args)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError', type(e).__name__)


print(breakpoint, sys.breakpointhook is sys.__breakpointhook__, repr(sys.breakpointhook).split(' at ')[0])
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('via', 'print', sep='-')
os.environ['PYTHONBREAKPOINT'] = 'repr'
print(breakpoint([1]))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint('ignored'))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    os.environ['PYTHONBREAKPOINT'] = 'no_such_module_xyz.hook'
    print(breakpoint())
    os.environ['PYTHONBREAKPOINT'] = 'os.no_such_function'
    print(breakpoint())
print([(w.category.__name__, str(w.message)) for w in caught])
sys.breakpointhook = lambda *a, **k: ('custom', a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = sys.__breakpointhook__
import _sitebuiltins
print(type(exit) is _sitebuiltins.Quitter, type(help) is _sitebuiltins._Helper, type(credits) is _sitebuiltins._Printer)
print(repr(_sitebuiltins.Quitter('leave', 'Ctrl-Z')), _sitebuiltins.Quitter('leave', 'Ctrl-Z').eof)
print(repr(_sitebuiltins._Printer('short', 'one\ntwo')), repr(_sitebuiltins._Printer('long', 'x\n' * 30)))
print(repr(_sitebuiltins._Printer('filed', 'fallback', files=['no_such_file.txt'], dirs=['.'])))
quit(4)
