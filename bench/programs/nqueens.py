"""N-queens: every way to place N queens on an N x N board so that none attacks another.

Solved twice, two ways: a recursive backtracking search that marks used columns and diagonals
in lists of booleans and records each solution as a tuple, and a recursive generator that keeps
the free columns and the attacked diagonals in sets and yields solutions with yield from.
Exercises recursion, list indexing and assignment, set operations on small ints, generators
and tuple building. The checksum is the number of solutions and a weighted sum over all of them
(so the order in which they are found matters too), once per method.
"""
import sys
import time

SIZE = 11


def solve(size):
    solutions = []
    columns_used = [False] * size
    # A queen on (row, column) occupies the rising diagonal row + column and the falling
    # diagonal row - column + size - 1; both numberings run from 0 to 2 * size - 2.
    rising_used = [False] * (2 * size - 1)
    falling_used = [False] * (2 * size - 1)
    placement = []

    def place(row):
        if row == size:
            solutions.append(tuple(placement))
            return
        for column in range(size):
            rising = row + column
            falling = row - column + size - 1
            if columns_used[column] or rising_used[rising] or falling_used[falling]:
                continue
            columns_used[column] = rising_used[rising] = falling_used[falling] = True
            placement.append(column)
            place(row + 1)
            placement.pop()
            columns_used[column] = rising_used[rising] = falling_used[falling] = False

    place(0)
    return solutions


def generate(size, row=0, free_columns=None, rising=frozenset(), falling=frozenset()):
    if free_columns is None:
        free_columns = set(range(size))
    if row == size:
        yield ()
        return
    for column in sorted(free_columns):
        if row + column in rising or row - column in falling:
            continue
        rest = generate(size, row + 1, free_columns - {column},
                        rising | {row + column}, falling | {row - column})
        for tail in rest:
            yield (column,) + tail


def weighted_sum(solutions):
    weighted = 0
    for index, solution in enumerate(solutions):
        for row, column in enumerate(solution):
            weighted += (index + 1) * (row + 1) * column
    return weighted


def bench():
    by_backtracking = solve(SIZE)
    by_generator = list(generate(SIZE))
    return (len(by_backtracking), weighted_sum(by_backtracking),
            len(by_generator), weighted_sum(by_generator))


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
