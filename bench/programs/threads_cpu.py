"""Thread scaling: every thread runs the same CPU-bound functions on its own data.

bench() starts THREADS threads (PROGRAM N THREADS; default 2), each doing the same fixed
amount of work, and waits for them. With perfect parallelism the iteration time does not
depend on THREADS; bench/run reports the throughput of 2 threads against 1 (2.00x = perfect
scaling; CPython's GIL gives about 1.00x). The checksum does not depend on THREADS.
"""
import sys
import time
import threading

THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 2


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if not 0.0 <= self.x <= 100.0:
            self.vx = -self.vx
        if not 0.0 <= self.y <= 100.0:
            self.vy = -self.vy


def particles(steps):
    swarm = [Particle(i * 1.5, 100.0 - i, 0.5 + i % 7 * 0.25, 1.0 - i % 5 * 0.5) for i in range(40)]
    for _ in range(steps):
        for p in swarm:
            p.step(0.1)
    return round(sum(p.x + p.y for p in swarm), 6)


def word_counts(rounds):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for r in range(rounds):
        for i, w in enumerate(words):
            key = w + str((r * i) % 13)
            counts[key] = counts.get(key, 0) + 1
    return len(counts), max(counts.values())


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return sum(1 for f in flags if f)


def work(results, index):
    results[index] = (fib(23), particles(500), word_counts(5000), sieve(200000))


def bench():
    results = [None] * THREADS
    threads = [threading.Thread(target=work, args=(results, i)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if any(r != results[0] for r in results):
        raise AssertionError("threads computed different results: %r" % (results,))
    return results[0]


# ---- harness: identical in every bench program (BenchProgramsTest checks it); edit all or none ----
# Usage: PROGRAM [N]. Runs bench() N times (default 1); for each run prints one line
#     iteration <i> <seconds> <repr of the checksum bench() returned>
# with i counting from 1 and seconds measured with time.perf_counter. bench/run parses these lines.
def _run_harness(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 1
    for i in range(1, iterations + 1):
        started = time.perf_counter()
        checksum = bench()
        elapsed = time.perf_counter() - started
        print("iteration", i, elapsed, repr(checksum), flush=True)


if __name__ == "__main__":
    _run_harness(sys.argv)
