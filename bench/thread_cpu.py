"""Where the CPU goes when threads_cpu runs: per JVM thread group, read from outside the process.

    python3 bench/thread_cpu.py [--ember CMD] [--window N] ITERATIONS [THREADS [ROUNDS]]

Runs `CMD bench/programs/threads_cpu.py ITERATIONS THREADS ROUNDS` (CMD: bin/ember; THREADS
default `1,2`: iterations alternate between 1 and 2 worker threads, as bench/run measures
scaling) and, whenever the program prints an `iteration` line, reads the CPU of every thread of
the JVM from /proc/PID/task/*/stat and the whole process's from /proc/PID/stat. The threads are
grouped by their names:

* compiler: HotSpot's C1 and C2 compiler threads;
* gc: the collector's threads (`GC Thread#N`, `G1 ...`, `VM Thread`, which runs the Serial
  collector's collections and every other safepoint operation, `VM Periodic Task Thread`);
* main: the Python main thread (it only starts and joins the workers here);
* other: the remaining JVM threads (signal dispatcher, finalizer, reference handler, ...);
* workers: the Python threads bench() starts. Each lives for one iteration, so it has ended
  before the next `iteration` line: its CPU is the process's total less the live threads'.

For every window of N iterations (default 10) it prints, per thread count, the CPU per iteration
of each group (ms) and the median iteration time. Equal worker CPU per thread with 1 and 2
threads means the workers do not slow each other down (no contention, no false sharing); CPU of
the other groups that grows with the number of workers, or that is still large late in the run
(compiling), is what keeps 2 threads from running at twice the throughput of one on 2 cores.
CPU times do not grow when other processes share the cores; iteration times do. Linux only
(clock ticks of 10 ms: use windows of several iterations). Needs any Python 3.

Nothing of this runs inside Ember, so none of its own code is compiled during the run (its
predecessor read /proc from inside Ember, and C2 compiled that reading code late in the run).
"""
import os
import shlex
import statistics
import subprocess
import sys

import ember_options

HERE = os.path.dirname(os.path.abspath(__file__))
TICK_MS = 1000.0 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 10.0
GROUPS = ("workers", "compiler", "gc", "main", "other")


def ticks_of(stat_text):
    """utime + stime of a /proc .../stat line, in clock ticks (fields after the parenthesized name)."""
    fields = stat_text[stat_text.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def group_of(name):
    if name.startswith(("C1 ", "C2 ")):
        return "compiler"
    if name.startswith(("GC ", "G1 ", "VM Thread", "VM Periodic")) or "GC" in name:
        return "gc"
    if name in ("java", "main"):  # the launcher's thread (waits) and the Java main thread
        return "main"
    return "other"


def sample(pid):
    """CPU ticks per group (workers = total less the live non-worker threads); None once the
    process is gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            total = ticks_of(f.read())
        tids = os.listdir("/proc/%d/task" % pid)
    except (OSError, ValueError):
        return None
    groups = dict.fromkeys(GROUPS, 0)
    for tid in tids:
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                name = f.read().strip()
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                ticks = ticks_of(f.read())
        except (OSError, ValueError):
            continue  # a thread that ended meanwhile: its CPU is in the total, counted as a worker's
        group = group_of(name)
        if group == "main" or group == "other":
            # Ember's Python threads are JVM threads too; the live ones here are workers
            # (bench() joins them, so at most the next iteration's just-started ones)
            if name.startswith("python-thread") or not name:  # not named yet: just starting
                continue
        groups[group] += ticks
    groups["workers"] = total - sum(groups[g] for g in GROUPS if g != "workers")
    return groups


def main(argv):
    ember, window, argv = ember_options.parse(argv, 10, __doc__)
    if not argv:
        sys.exit(__doc__)
    iterations = argv[0]
    cycle = argv[1] if len(argv) > 1 else "1,2"
    counts = [int(c) for c in cycle.split(",")]
    program = os.path.join(HERE, "programs", "threads_cpu.py")
    # one iteration more than reported: the last one's sample may catch the JVM exiting (threads
    # gone, their CPU moved into the total)
    proc = subprocess.Popen(shlex.split(ember) + [program, str(int(iterations) + 1), cycle] + argv[2:3],
                            stdout=subprocess.PIPE, text=True)
    previous = sample(proc.pid) or dict.fromkeys(GROUPS, 0)
    rows = []  # (thread count, iteration seconds, {group: ticks during the iteration})
    for line in proc.stdout:
        if not line.startswith("iteration "):
            continue
        now = sample(proc.pid) or previous
        rows.append((counts[len(rows) % len(counts)], float(line.split()[2]),
                     {g: now[g] - previous[g] for g in GROUPS}))
        previous = now
    proc.wait()
    print_windows(rows[:-1], window, counts)


def print_windows(rows, window, counts):
    print("CPU ms per iteration by thread group (T = worker threads); median iteration ms")
    print("%-11s %2s %9s %9s %9s %9s %9s %9s" % ("iterations", "T", "workers", "per wkr", "compiler", "gc", "main+oth", "median"))
    for start in range(0, len(rows), window):
        chunk = rows[start:start + window]
        for count in sorted(set(counts)):
            mine = [row for row in chunk if row[0] == count]
            if not mine:
                continue
            per = {g: sum(row[2][g] for row in mine) * TICK_MS / len(mine) for g in GROUPS}
            print("%4d-%-6d %2d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f" % (
                start + 1, start + len(chunk), count, per["workers"], per["workers"] / count, per["compiler"],
                per["gc"], per["main"] + per["other"], statistics.median(row[1] for row in mine) * 1000))


if __name__ == "__main__":
    main(sys.argv[1:])
