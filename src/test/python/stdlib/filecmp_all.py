# filecmp: cmp (shallow and deep, the content cache), cmpfiles, dircmp's lazily computed
# attributes, subclasses, reports and the ignore/hide lists
import filecmp
import io
import os
import tempfile
import contextlib


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(data)


def stamp(path, seconds):
    os.utime(path, (seconds, seconds))


with tempfile.TemporaryDirectory() as root:
    a = os.path.join(root, 'a')
    b = os.path.join(root, 'b')
    write(os.path.join(a, 'same.txt'), 'hello\n')
    write(os.path.join(b, 'same.txt'), 'hello\n')
    write(os.path.join(a, 'differ.txt'), 'one\n')
    write(os.path.join(b, 'differ.txt'), 'two\n')
    write(os.path.join(a, 'size.txt'), 'short\n')
    write(os.path.join(b, 'size.txt'), 'much longer\n')
    write(os.path.join(a, 'left.txt'), 'l')
    write(os.path.join(b, 'right.txt'), 'r')
    write(os.path.join(a, 'sub', 'inner.txt'), 'x')
    write(os.path.join(b, 'sub', 'inner.txt'), 'y')
    # same size: a shallow compare looks at mtimes, which two quick writes may share
    os.utime(os.path.join(b, 'sub', 'inner.txt'), ns=(10**18, 10**18))
    write(os.path.join(a, 'sub', 'deeper', 'z.txt'), 'z')
    write(os.path.join(b, 'sub', 'deeper', 'z.txt'), 'z')
    write(os.path.join(a, 'kind'), 'a file here')
    os.makedirs(os.path.join(b, 'kind'))
    write(os.path.join(a, 'CVS', 'ignored'), '')
    write(os.path.join(b, 'CVS', 'ignored'), '')
    write(os.path.join(a, '.git', 'x'), '')
    for path in (os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt'),
                 os.path.join(a, 'differ.txt'), os.path.join(b, 'differ.txt')):
        stamp(path, 1_000_000_000)
    # same size: only different modification times keep a shallow cmp from calling them equal
    stamp(os.path.join(a, 'sub', 'inner.txt'), 1_000_000_000)
    stamp(os.path.join(b, 'sub', 'inner.txt'), 1_000_000_500)

    same_a, same_b = os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt')
    differ_a, differ_b = os.path.join(a, 'differ.txt'), os.path.join(b, 'differ.txt')
    print('cmp same', filecmp.cmp(same_a, same_b), filecmp.cmp(same_a, same_b, shallow=False))
    # same size and mtime: shallow says equal, a deep look says not
    print('cmp differ', filecmp.cmp(differ_a, differ_b), filecmp.cmp(differ_a, differ_b, shallow=False))
    print('cmp size', filecmp.cmp(os.path.join(a, 'size.txt'), os.path.join(b, 'size.txt'), False))
    print('cmp dirs', filecmp.cmp(a, b), filecmp.cmp(same_a, a))
    print('cmp self', filecmp.cmp(same_a, same_a))
    try:
        filecmp.cmp(same_a, os.path.join(b, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

    # the cache: a deep result is remembered until a signature changes
    filecmp.clear_cache()
    print(filecmp.cmp(differ_a, differ_b, shallow=False), len(filecmp._cache))
    write(differ_b, 'one\n')
    stamp(differ_b, 1_000_000_000)
    print('after rewrite', filecmp.cmp(differ_a, differ_b, shallow=False))
    stamp(differ_b, 1_000_000_100)
    print('after touch', filecmp.cmp(differ_a, differ_b, shallow=False), len(filecmp._cache))
    filecmp.clear_cache()
    print('cleared', len(filecmp._cache))
    write(differ_b, 'two\n')
    stamp(differ_b, 1_000_000_000)

    print(filecmp.cmpfiles(a, b, ['same.txt', 'differ.txt', 'size.txt', 'missing', 'sub', 'kind']))
    print(filecmp.cmpfiles(a, b, ['same.txt', 'differ.txt'], shallow=False))

    d = filecmp.dircmp(a, b)
    print('left_list', d.left_list)
    print('right_list', d.right_list)
    print('common', d.common, 'left_only', d.left_only, 'right_only', d.right_only)
    print('dirs', d.common_dirs, 'files', d.common_files, 'funny', d.common_funny)
    print('same', d.same_files, 'diff', d.diff_files, 'trouble', d.funny_files)
    print('subdirs', sorted(d.subdirs), type(d.subdirs['sub']).__name__)
    print('sub', d.subdirs['sub'].diff_files, d.subdirs['sub'].common_dirs)
    try:
        d.nonexistent
    except AttributeError as e:
        print('AttributeError', e)

    def report(call):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            call()
        return out.getvalue().replace(root, 'ROOT')

    print(report(d.report), end='')
    print('--- partial')
    print(report(filecmp.dircmp(a, b).report_partial_closure), end='')
    print('--- full')
    print(report(filecmp.dircmp(a, b).report_full_closure), end='')
    print('--- deep compare')
    print(report(filecmp.dircmp(a, b, shallow=False).report), end='')
    print('--- ignore nothing, hide same.txt')
    print(report(filecmp.dircmp(a, b, ignore=[], hide=['same.txt']).report), end='')

    class Mine(filecmp.dircmp):
        def phase3(self):
            super().phase3()
            self.same_files = ['overridden']

    m = Mine(a, b)
    print(type(m.subdirs['sub']).__name__, m.same_files, m.subdirs['sub'].same_files)
    m2 = filecmp.dircmp(a, b)
    m2.phase4_closure()
    print(sorted(m2.subdirs['sub'].subdirs))

print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE, filecmp.__all__)
print(filecmp.dircmp[int], sorted(filecmp.dircmp.methodmap))
