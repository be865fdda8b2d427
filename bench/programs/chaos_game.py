"""Chaos game: a point jumps part of the way towards randomly chosen corners of a polygon,
tracing a fractal; the visits are counted on a grid.

Random choices come from a linear congruential generator written here (no random module), so
the run is the same on every interpreter. Exercises float multiply-add in a long loop, integer
bit operations on a growing-then-masked state, float-to-int conversion with int(), and list of
lists updates. The checksum is the number of cells visited, the most visits to one cell, and a
hash of the whole grid.
"""
import sys
import time

JUMPS = 900000
GRID = 64
# The corners of a pentagon (fixed numbers, so no trigonometry is needed) and the fraction of
# the distance to travel towards the chosen corner on each jump.
CORNERS = (
    (0.5, 0.0),
    (0.975528, 0.345492),
    (0.793893, 0.904508),
    (0.206107, 0.904508),
    (0.024472, 0.345492),
)
STEP = 0.618


def play(jumps, grid_size):
    grid = [[0] * grid_size for _ in range(grid_size)]
    state = 12345
    x, y = 0.5, 0.5
    previous = -1
    for _ in range(jumps):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        corner = (state >> 33) % len(CORNERS)
        # A rule that makes a finer fractal: never pick the same corner twice in a row.
        if corner == previous:
            continue
        previous = corner
        corner_x, corner_y = CORNERS[corner]
        x += (corner_x - x) * STEP
        y += (corner_y - y) * STEP
        grid[int(y * grid_size)][int(x * grid_size)] += 1
    return grid


def bench():
    grid = play(JUMPS, GRID)
    visited = 0
    busiest = 0
    grid_hash = 0
    for row in grid:
        for visits in row:
            if visits:
                visited += 1
                busiest = max(busiest, visits)
            grid_hash = (grid_hash * 31 + visits) % 1000000007
    return (visited, busiest, grid_hash)


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
