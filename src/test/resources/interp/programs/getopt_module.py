# recorded with CPython 3.14
# getopt: short clusters, long prefixes, required/optional arguments, gnu_getopt's modes and every error.
import getopt
def t(f, *a):
    try:
        print(f.__name__, a, '->', f(*a))
    except getopt.GetoptError as e:
        print(f.__name__, a, '->', type(e).__name__, repr(str(e)), repr(e.opt), e.args)
for f in (getopt.getopt, getopt.gnu_getopt):
    t(f, ['-a', '1', '-bc', 'x', '-b', 'y'], 'a:bc')
    t(f, ['-a1', '--alpha=2', '--be', 'rest', '-b'], 'a:b', ['alpha=', 'beta'])
    t(f, ['--al', '3', 'x'], 'a:b', ['alpha=', 'beta'])
    t(f, ['--alpha'], '', ['alpha='])
    t(f, ['--beta=1'], '', ['beta'])
    t(f, ['--b'], '', ['beta', 'bravo'])
    t(f, ['--x'], '', ['beta'])
    t(f, ['-z'], 'a')
    t(f, ['-a'], 'a:')
    t(f, ['-', '-a'], 'a')
    t(f, ['--', '-a'], 'a')
    t(f, ['x', '-a', '--', '-b'], 'ab')
    t(f, ['-ovalue', '-o', 'x'], 'o::')
    t(f, ['--opt', '--opt=v', 'z'], '', ['opt=?'])
    t(f, ['--beta'], '', 'beta')
    t(f, ['-:'], 'a:')
t(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
t(getopt.gnu_getopt, ['x', '-a', 'y', '-b'], '-ab')
print(getopt.error is getopt.GetoptError, str(getopt.GetoptError('m', 'o')), getopt.GetoptError('m').opt == '')
for a, s, l in [(['--b'], '', ['beta=', 'bravo=?', 'b2']), (['--b'], '', ['beta=', 'bravo']), (['x', 'z', '-a', 'y'], '-a', []), (['x', '--', 'q'], '-a', [])]:
    try:
        print(getopt.gnu_getopt(a, s, l))
    except getopt.GetoptError as e:
        print(e)
