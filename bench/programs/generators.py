"""Generators: a pipeline of generator functions and generator expressions.

Numbers flow from a source generator through filtering, mapping, pairing and chunking stages
(some written with yield, some with yield from, some as generator expressions) into consumers
such as sum(), max() and a coroutine driven with send(). Exercises generator creation,
resumption, StopIteration handling in for loops and builtins, and closures over loop state.
The checksum combines what each consumer saw.
"""
import sys
import time

COUNT = 200000


def numbers(limit):
    value = 0
    while value < limit:
        yield value
        value += 1


def collatz_lengths(source):
    for start in source:
        length = 1
        n = start + 1
        while n != 1 and length < 20:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            length += 1
        yield length


def pairs(source):
    iterator = iter(source)
    previous = next(iterator, None)
    for item in iterator:
        yield previous, item
        previous = item


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for items in lists:
        yield from items


def running_average():
    """A coroutine: send() it numbers, it yields the running average so far (times 1000, as int)."""
    total = 0
    count = 0
    average = 0
    while True:
        value = yield average
        total += value
        count += 1
        average = total * 1000 // count


def bench():
    lengths = collatz_lengths(numbers(COUNT))
    rises = sum(1 for a, b in pairs(lengths) if b > a)

    evens = (n for n in numbers(COUNT) if n % 3 != 1)
    squares = (n * n % 1009 for n in evens)
    chunk_maxima = [max(chunk) for chunk in chunks(squares, 7)]

    averager = running_average()
    next(averager)
    last_average = 0
    for value in flatten(chunks(chunk_maxima, 5)):
        last_average = averager.send(value)
    averager.close()

    return (rises, len(chunk_maxima), sum(chunk_maxima), last_average)


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
