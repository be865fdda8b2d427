"""Fannkuch: pancake flips over every permutation of 0..n-1.

For each permutation, repeatedly reverse the prefix whose length is given by the first element
plus one, until 0 comes first; count the flips. Exercises list indexing, slice assignment with a
negative step, while loops and small-int arithmetic. The checksum is the alternating sum of flip
counts over the permutations in generation order, and the largest flip count.
"""
import sys
import time

SIZE = 9


def count_flips(perm):
    flips = 0
    first = perm[0]
    while first:
        perm[: first + 1] = perm[first::-1]
        flips += 1
        first = perm[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    # rotations[i] says how many more times the prefix of length i+1 is rotated before the
    # prefix one longer must rotate: a mixed-radix counter that visits all n! permutations.
    rotations = list(range(1, n + 1))
    checksum = 0
    max_flips = 0
    sign = 1
    while True:
        if perm[0]:
            flips = count_flips(perm[:])
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        level = 1
        while True:
            if level == n:
                return checksum, max_flips
            # Rotate the prefix of length level+1 left by one place.
            head = perm[0]
            perm[:level] = perm[1 : level + 1]
            perm[level] = head
            rotations[level] -= 1
            if rotations[level] > 0:
                break
            rotations[level] = level + 1
            level += 1


def bench():
    return fannkuch(SIZE)


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
