"""CPU time of one bench() call of a bench program, in one process (for a loaded machine).

    bin/ember bench/cpu_time.py bench/programs/NAME.py [N]
    python3.13 bench/cpu_time.py bench/programs/NAME.py [N]

Runs bench() N times (default 20) and prints the minimum and median time.thread_time() of one
call over the second half (the first half is warm-up). Thread CPU time does not grow when other
processes share the cores, so A/B comparisons stay meaningful under load (docs/jit.md).
"""
import sys
import time


def main(argv):
    path = argv[1]
    count = int(argv[2]) if len(argv) > 2 else 20
    namespace = {"__name__": "bench_program"}
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), namespace)
    bench = namespace["bench"]
    times = []
    for _ in range(count):
        started = time.thread_time()
        bench()
        times.append(time.thread_time() - started)
    steady = sorted(times[count // 2:])
    print("%s min %.3f median %.3f" % (path.rsplit("/", 1)[-1], steady[0], steady[len(steady) // 2]))


if __name__ == "__main__":
    main(sys.argv)
