"""Spectral norm: the largest singular value of an infinite matrix, by the power method.

The matrix is A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to SIZE x SIZE.
Exercises a small function called in a hot nested loop, float division, zip() and sum() over
generator expressions. The checksum is the estimate rounded to 9 decimals.
"""
import sys
import time

SIZE = 200
ROUNDS = 10


def matrix_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(vector):
    n = len(vector)
    return [sum(matrix_entry(i, j) * vector[j] for j in range(n)) for i in range(n)]


def times_a_transposed(vector):
    n = len(vector)
    return [sum(matrix_entry(j, i) * vector[j] for j in range(n)) for i in range(n)]


def times_ata(vector):
    return times_a_transposed(times_a(vector))


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_ata(u)
        u = times_ata(v)
    uv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (uv / vv) ** 0.5


def bench():
    return round(spectral_norm(SIZE, ROUNDS), 9)


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
