"""Helper of tools/compare-ast-with-cpython, run by python3.13 (written for Ember; see README.md).

    ast_compare.py cpython LIBDIR WORKDIR [CACHEDIR]
                                            list LIBDIR's .py files into WORKDIR/files.txt and write
                                            CPython's `python -m ast -a` output for file i into
                                            WORKDIR/cpython/i.txt (or one 'error: ...' line);
                                            CACHEDIR keeps those outputs by source hash, gzipped,
                                            so that later runs skip CPython's slow dumps
    ast_compare.py report WORKDIR [N]       compare WORKDIR/cpython with WORKDIR/ember, print the
                                            counts and the first N differences as unified diffs
"""
import ast
import difflib
import os
import sys
import time


def list_files(libdir):
    if os.path.isfile(libdir):                  # one file, to look at a difference closely
        return [libdir]
    found = []
    for root, dirs, files in os.walk(libdir):
        dirs.sort()
        for name in sorted(files):
            if name.endswith('.py'):
                found.append(os.path.join(root, name))
    return found


def cpython_result(path):
    try:
        with open(path, 'rb') as f:
            source = f.read()
        tree = ast.parse(source, path, type_comments=True)
        return ast.dump(tree, include_attributes=True, indent=3) + '\n'
    except SyntaxError as e:
        return 'error: %s: %s (line %s, offset %s)\n' % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (ValueError, RecursionError, MemoryError) as e:
        return 'error: %s: %s\n' % (type(e).__name__, e)


def cached_cpython_result(path, cachedir):
    import gzip
    import hashlib
    if cachedir is None:
        return cpython_result(path)
    with open(path, 'rb') as f:
        key = hashlib.sha256(f.read() + sys.version.encode()).hexdigest()
    entry = os.path.join(cachedir, key[:2], key + '.txt.gz')
    if os.path.exists(entry):
        with gzip.open(entry, 'rt', encoding='utf-8', errors='surrogatepass') as f:
            return f.read()
    text = cpython_result(path)
    os.makedirs(os.path.dirname(entry), exist_ok=True)
    with gzip.open(entry + '.tmp', 'wt', compresslevel=1, encoding='utf-8', errors='surrogatepass') as f:
        f.write(text)
    os.replace(entry + '.tmp', entry)
    return text


def cpython(libdir, workdir, cachedir=None):
    files = list_files(libdir)
    outdir = os.path.join(workdir, 'cpython')
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(workdir, 'files.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(p + '\n' for p in files))
    start = time.perf_counter()
    rejected = 0
    for i, path in enumerate(files):
        text = cached_cpython_result(path, cachedir)
        rejected += text.startswith('error: ')
        with open(os.path.join(outdir, '%d.txt' % i), 'w', encoding='utf-8', errors='surrogatepass') as f:
            f.write(text)
    print('cpython: %d files (%d rejected by CPython) in %.1f s' % (len(files), rejected, time.perf_counter() - start))


def read(path):
    try:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            return f.read()
    except FileNotFoundError:
        return 'ember-crash: no output\n'


def report(workdir, shown=5):
    with open(os.path.join(workdir, 'files.txt'), encoding='utf-8') as f:
        files = f.read().splitlines()
    identical, different, ember_errors = [], [], []
    for i, path in enumerate(files):
        expected = read(os.path.join(workdir, 'cpython', '%d.txt' % i))
        got = read(os.path.join(workdir, 'ember', '%d.txt' % i))
        if got == expected:
            identical.append(i)
        elif got.startswith('ember-crash: ') or (got.startswith('error: ') and not expected.startswith('error: ')):
            ember_errors.append(i)
        else:
            different.append(i)
    print('files: %d   identical: %d   different: %d   Ember-error: %d'
          % (len(files), len(identical), len(different), len(ember_errors)))
    for title, group in (('Ember errors', ember_errors), ('differences', different)):
        if not group:
            continue
        print('\n==== first %s (of %d) ====' % (title, len(group)))
        for i in group[:shown]:
            expected = read(os.path.join(workdir, 'cpython', '%d.txt' % i)).splitlines(keepends=True)
            got = read(os.path.join(workdir, 'ember', '%d.txt' % i)).splitlines(keepends=True)
            diff = list(difflib.unified_diff(expected, got, 'cpython: ' + files[i], 'ember: ' + files[i], n=2))
            sys.stdout.writelines(diff[:60])
            if len(diff) > 60:
                print('... (%d more diff lines)' % (len(diff) - 60))
    return 0 if len(identical) == len(files) else 1


if __name__ == '__main__':
    if sys.argv[1] == 'cpython':
        cpython(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    elif sys.argv[1] == 'report':
        sys.exit(report(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5))
    else:
        raise SystemExit(__doc__)
