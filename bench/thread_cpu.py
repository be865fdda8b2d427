"""Where the CPU goes when threads_cpu runs T worker threads (Linux, /proc).

    bin/ember bench/thread_cpu.py [ITERATIONS [THREADS [WINDOW]]]

Runs threads_cpu's work() in THREADS threads (default 2) per iteration, ITERATIONS times
(default 200), and for every WINDOW iterations (default 20) prints the CPU per iteration of
the JVM's compiler threads (C1/C2, from /proc/self/task/*/stat) and of the slowest worker
(time.thread_time). Equal worker CPU with 1 and 2 threads means nothing contends; compiler
CPU comparable to a worker's means the 2-thread wall time includes compiling (docs/jit.md,
"Thread scaling"). Wall-clock scaling needs an idle machine; this does not.

It also estimates what bench/run would measure on an idle 2-core machine, from CPU times alone
(they do not grow when other processes share the cores): an iteration would take
max(slowest worker's CPU, the whole process's CPU / 2) of wall time; the warm-up ends where
those add up to WARMUP seconds (bench/run's default 3), and the estimate is the median of the
next 5. Run it with THREADS 1 and 2: the estimated scaling is 2 * t(1) / t(2).

Its own /proc reading runs inside Ember and is itself compiled late in a run (read_proc, int
parsing, bytes.decode): for compiler CPU alone, bench/compile_cpu.py reads it from outside.
"""
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def read_proc(path):
    # os.open/os.read, not open(): the io module's Python code would itself become hot and be
    # compiled during the run, which is not what threads_cpu measures
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, 4096).decode()
    finally:
        os.close(fd)


def process_cpu():
    """The CPU seconds of all the process's threads, from /proc/self/task/*/schedstat (nanosecond
    precision, where time.process_time() counts in 10 ms ticks); the main thread's CPU spent
    reading them is left out."""
    reading_started = time.thread_time()
    total = 0
    for tid in os.listdir("/proc/self/task"):
        try:
            total += int(read_proc("/proc/self/task/%s/schedstat" % tid).split()[0])
        except (OSError, ValueError):
            continue  # a thread that ended meanwhile
    return total / 1e9 - (time.thread_time() - reading_started)


def compiler_cpu_ms():
    total = 0
    for tid in os.listdir("/proc/self/task"):
        try:
            if not read_proc("/proc/self/task/%s/comm" % tid).startswith(("C1", "C2")):
                continue
            stat = read_proc("/proc/self/task/%s/stat" % tid)
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks (100 Hz)
    return total * 10


def main(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 200
    threads = int(argv[2]) if len(argv) > 2 else 2
    window = int(argv[3]) if len(argv) > 3 else 20
    warmup_seconds = float(argv[4]) if len(argv) > 4 else 3.0
    path = os.path.join(HERE, "programs", "threads_cpu.py")
    namespace = {"__name__": "bench_program"}
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), namespace)
    work = namespace["work"]

    def timed(results, index, cpu):
        started = time.thread_time()
        work(results, index)
        cpu[index] = time.thread_time() - started

    print("T=%d  per iteration: compiler ms / slowest worker ms; warm-up s (summed iteration wall time, as"
          " bench/run counts it), clock" % threads)
    warmup = 0.0
    idle_walls = []  # per iteration: the wall time it would take on an idle 2-core machine
    for w in range(iterations // window):
        compiler_before = compiler_cpu_ms()
        worker = 0.0
        for _ in range(window):
            started, process_started = time.perf_counter(), process_cpu()
            results, cpu = [None] * threads, [0.0] * threads
            pool = [threading.Thread(target=timed, args=(results, i, cpu)) for i in range(threads)]
            for t in pool:
                t.start()
            for t in pool:
                t.join()
            worker += max(cpu)
            idle_walls.append(max(max(cpu), (process_cpu() - process_started) / 2))
            warmup += time.perf_counter() - started
        clock = time.strftime("%H:%M:%S", time.localtime()) + ".%03d" % (time.time() % 1 * 1000)
        print("iterations %4d: %5.1f / %5.1f   %6.2f s  %s" % ((w + 1) * window, (compiler_cpu_ms() - compiler_before) / window,
                                                           worker * 1000 / window, warmup, clock), flush=True)
    print_idle_estimate(idle_walls, warmup_seconds, threads)


def print_idle_estimate(idle_walls, warmup_seconds, threads, measured=5):
    summed = 0.0
    for i, wall in enumerate(idle_walls):
        summed += wall
        if summed >= warmup_seconds:
            window = sorted(idle_walls[i + 1:i + 1 + measured])
            if len(window) == measured:
                print("idle 2-core estimate, T=%d: warm-up ends after iteration %d; steady %.1f ms (median of %s ms)"
                      % (threads, i + 1, window[measured // 2] * 1000, " ".join("%.1f" % (t * 1000) for t in window)))
                return
            break
    print("idle 2-core estimate: not enough iterations for a %g s warm-up" % warmup_seconds)


if __name__ == "__main__":
    main(sys.argv)
