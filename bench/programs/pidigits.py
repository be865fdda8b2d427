"""Pi digits: a streaming spigot that produces decimal digits of pi with big integers.

Pi is the limit of a product of linear fractional transformations; the state (q, r, t) holds
their running product, and a digit is emitted whenever the transformation maps both 3 and 4 to
the same integer part. The integers grow to thousands of digits, so this exercises arbitrary-
precision multiplication, floor division and addition, and str() of small ints. The checksum is
the number of digits, the last 40 of them, and their digit sum.
"""
import sys
import time

DIGITS = 3000


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Compose with the k-th transformation (k, 4k + 2; 0, 2k + 1).
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        digit = (3 * q + r) // t
        if digit == (4 * q + r) // t:
            digits.append(digit)
            # Take the digit off the front: subtract it and scale everything by ten.
            q, r = 10 * q, 10 * (r - digit * t)
    return digits


def bench():
    digits = pi_digits(DIGITS)
    text = "".join(str(digit) for digit in digits)
    return (len(text), text[-40:], sum(digits))


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
