"""The CPU of HotSpot's compiler threads while a bench program runs, read from outside the process.

    python3 bench/compile_cpu.py [--ember CMD] [--window N] PROGRAM ITERATIONS [ARGS...]

Runs `CMD PROGRAM ITERATIONS ARGS` (CMD: bin/ember by default) and, whenever the program prints
an `iteration` line (the bench harness), reads the CPU of the JVM's C1/C2 compiler threads from
/proc/PID/task/*/schedstat. Prints per window of N iterations (default 20) the compiler CPU per
iteration and the median iteration time, then the compiler CPU left after iterations 80-160.

Unlike bench/thread_cpu.py, nothing runs inside Ember besides the program itself, so the
numbers contain no measuring code's own compilations: threads_cpu with 2 threads on an idle
machine ends bench/run's 3-second warm-up after ~130-150 iterations, and compiler CPU after
that point is what the measured window pays for (docs/jit.md, "Warm-up"). CPU times do not
depend on the machine's load; iteration times do. Linux only. Needs any Python 3.

bin/ember runs two C2 threads, which HotSpot starts on demand and stops when idle: a stopped
thread's CPU leaves the count. For exact totals run with
JAVA_TOOL_OPTIONS=-XX:-UseDynamicNumberOfCompilerThreads (as docs/jit.md's tables were).
"""
import os
import shlex
import subprocess
import sys

import ember_options


def compiler_nanos(pid):
    """Summed CPU of the process's C1/C2 threads (None once the process is gone or exiting)."""
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return None
    total, found = 0, False
    for tid in tids:
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                if not f.read().startswith(("C1", "C2")):
                    continue
            with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                total += int(f.read().split()[0])
            found = True
        except (OSError, ValueError):
            continue  # a compiler thread that ended (dynamic compiler threads come and go)
    return total if found else None  # none: the JVM is exiting


def main(argv):
    ember, window, argv = ember_options.parse(argv, 20, __doc__)
    if len(argv) < 2:
        sys.exit(__doc__)
    proc = subprocess.Popen(shlex.split(ember) + argv, stdout=subprocess.PIPE, text=True)
    samples = []  # (iteration seconds, compiler nanoseconds so far)
    for line in proc.stdout:
        if line.startswith("iteration "):
            nanos = compiler_nanos(proc.pid)
            if nanos is None:  # the process ended before its last lines were read
                nanos = samples[-1][1] if samples else 0
            samples.append((float(line.split()[2]), nanos))
    proc.wait()
    print("iterations  compiler ms/iteration  median iteration ms")
    for start in range(0, len(samples), window):
        chunk = samples[start:start + window]
        before = samples[start - 1][1] if start else 0
        times = sorted(t for t, _ in chunk)
        print("%4d-%4d  %8.1f  %8.1f" % (start + 1, start + len(chunk), (chunk[-1][1] - before) / 1e6 / len(chunk),
                                          times[len(times) // 2] * 1000))
    final = max(nanos for _, nanos in samples)  # the last samples may miss threads the exiting JVM stopped
    left = ["after %d: %.0f" % (k, (final - samples[k - 1][1]) / 1e6)
            for k in (80, 100, 120, 140, 160) if k <= len(samples)]
    print("compiler ms left " + ", ".join(left))


if __name__ == "__main__":
    main(sys.argv[1:])
