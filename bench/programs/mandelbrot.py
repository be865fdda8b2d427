"""Mandelbrot: escape-time iteration over a grid of points of the complex plane, in floats.

For each point c the loop iterates z = z * z + c on separate real and imaginary floats until
|z| exceeds 2 or the iteration limit is reached. Exercises a tight float loop with comparisons
and local variables, nested range loops and a per-row list. Only +, - and * are used, which
IEEE 754 defines exactly, so every interpreter must find the same counts. The checksum is the
total iteration count, the number of points inside the set, and a hash of the row totals.
"""
import sys
import time

WIDTH = 240
HEIGHT = 200
LIMIT = 200


def escape_time(c_re, c_im, limit):
    z_re = 0.0
    z_im = 0.0
    for count in range(limit):
        re2 = z_re * z_re
        im2 = z_im * z_im
        if re2 + im2 > 4.0:
            return count
        z_im = 2.0 * z_re * z_im + c_im
        z_re = re2 - im2 + c_re
    return limit


def render(width, height, limit):
    rows = []
    for row in range(height):
        c_im = 1.2 - 2.4 * row / (height - 1)
        rows.append([escape_time(-2.1 + 2.8 * column / (width - 1), c_im, limit)
                     for column in range(width)])
    return rows


def bench():
    rows = render(WIDTH, HEIGHT, LIMIT)
    total = 0
    inside = 0
    row_hash = 0
    for counts in rows:
        row_total = sum(counts)
        total += row_total
        inside += counts.count(LIMIT)
        row_hash = (row_hash * 1000003 + row_total) % 2147483647
    return (total, inside, row_hash)


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
