"""CPython's half of bench/run-compile (written for Ember), run by python3.13.

    cpython_compile.py list LIBDIR LISTFILE      write the .py files under LIBDIR that compile() accepts
    cpython_compile.py time LISTFILE [WARMUP [ROUNDS]]
                                                 steady-state compile() throughput over those files

The timed loop matches Ember's CompileBench: all sources in memory as bytes, mode exec, source to
code object; one line per round, then 'cpython MBps best=... median=... cpu_median=...' (1 MB =
10^6 bytes; cpu_median counts process CPU time, which a busy machine does not inflate).
"""
import os
import sys
import time


def list_files(libdir, listfile):
    accepted = []
    for root, dirs, files in os.walk(libdir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            path = os.path.join(root, name)
            with open(path, 'rb') as f:
                source = f.read()
            try:
                compile(source, path, 'exec', dont_inherit=True)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue
            accepted.append(path)
    with open(listfile, 'w', encoding='utf-8') as f:
        f.write(''.join(p + '\n' for p in accepted))
    print('listed %d files' % len(accepted))


def time_compile(listfile, warmup, rounds):
    with open(listfile, encoding='utf-8') as f:
        paths = f.read().splitlines()
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            sources.append((p, f.read()))
    total = sum(len(s) for _, s in sources)

    def one_round():
        cpu_start = time.process_time()
        start = time.perf_counter()
        for path, source in sources:
            compile(source, path, 'exec', dont_inherit=True)
        return time.perf_counter() - start, time.process_time() - cpu_start

    for r in range(warmup):
        print('warm-up %d: %.1f MB/s' % (r + 1, total / 1e6 / one_round()[0]), flush=True)
    results = []
    cpu_results = []
    for r in range(rounds):
        seconds, cpu_seconds = one_round()
        results.append(total / 1e6 / seconds)
        cpu_results.append(total / 1e6 / cpu_seconds)
        print('round %d: %.1f MB/s (per CPU second: %.1f)' % (r + 1, results[-1], cpu_results[-1]), flush=True)
    results.sort()
    cpu_results.sort()
    print('cpython MBps best=%.2f median=%.2f cpu_median=%.2f files=%d bytes=%d'
          % (results[-1], results[len(results) // 2], cpu_results[len(cpu_results) // 2], len(sources), total))


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')     # SyntaxWarnings of the test files would flood the output
    if sys.argv[1] == 'list':
        list_files(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == 'time':
        time_compile(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1, int(sys.argv[4]) if len(sys.argv) > 4 else 3)
    else:
        raise SystemExit(__doc__)
