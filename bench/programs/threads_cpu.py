"""Thread scaling: every thread runs the same CPU-bound functions on its own data.

    threads_cpu.py N [THREADS [ROUNDS]]

bench() starts THREADS threads (default 2), each doing the same fixed amount of work (ROUNDS
rounds, default 60, of four kinds of work: recursive calls, objects and float attributes, string
and dict work, list slicing), and waits for them. With perfect parallelism the iteration time
does not depend on THREADS. THREADS may be a comma-separated cycle, e.g. `1,2`: then the
iterations alternate between 1 and 2 threads, which is how bench/run measures scaling (an
iteration with 2 threads between two with 1, so that a change in the machine's load affects
both alike; bench/programs/README.md). The checksum does not depend on THREADS.
"""
import sys
import time
import threading

THREADS = [int(count) for count in sys.argv[2].split(",")] if len(sys.argv) > 2 else [2]
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 60


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
    """One thread's share: ROUNDS rounds, each with slightly different sizes (no two rounds
    compute the same thing), all data created by this thread."""
    calls = words = primes = 0
    steps = 0.0
    for r in range(ROUNDS):
        calls += fib(19 + r % 3)
        steps += particles(120 + r % 5 * 10)
        words += sum(word_counts(1200 + r % 4 * 100))
        primes += sieve(40000 + r % 6 * 2000)
    results[index] = (calls, round(steps, 3), words, primes)


_iterations = [0]  # bench() calls so far: which entry of THREADS the next one uses


def bench():
    threads_now = THREADS[_iterations[0] % len(THREADS)]
    _iterations[0] += 1
    results = [None] * threads_now
    threads = [threading.Thread(target=work, args=(results, i)) for i in range(threads_now)]
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
