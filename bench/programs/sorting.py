"""Sorting and comprehensions: records built with comprehensions, sorted many ways.

Pseudo-random records (tuples of ints, a float and a str) are sorted with key functions,
with reverse=True, by several keys through successive stable sorts, and by a merge sort written
in Python; they are then grouped with dict and set comprehensions, filtered with conditional
comprehensions and transposed with a nested one, and searched with a hand-written binary
search. Exercises list.sort/sorted (Python key functions and tuple comparison), comprehensions
of every kind, slicing, min/max with key, and enumerate/zip. The checksum folds positions and
values from every stage into one integer.
"""
import sys
import time

RECORDS = 40000
NAMES = ("ash", "birch", "cedar", "elm", "fir", "hazel", "larch", "maple", "oak", "pine", "rowan", "yew")


def make_records(count):
    state = 7
    records = []
    for ident in range(count):
        state = (state * 48271) % 2147483647
        group = state % 23
        score = (state >> 7) % 1000
        weight = (state % 9973) / 97.0
        name = NAMES[state % len(NAMES)] + str(state % 100)
        records.append((ident, group, score, weight, name))
    return records


def merge_sort(items):
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def binary_search(sorted_items, target):
    """Index of the first item >= target."""
    low, high = 0, len(sorted_items)
    while low < high:
        middle = (low + high) // 2
        if sorted_items[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def fold(checksum, values):
    for value in values:
        checksum = (checksum * 1000003 + value) % 2147483647
    return checksum


def bench():
    records = make_records(RECORDS)
    checksum = 0

    by_score = sorted(records, key=lambda record: record[2])
    checksum = fold(checksum, [record[0] for record in by_score[::97]])

    by_name_desc = sorted(records, key=lambda record: record[4], reverse=True)
    checksum = fold(checksum, [record[0] for record in by_name_desc[::89]])

    # Group ascending, then score descending within a group: two stable sorts.
    ordered = records[:]
    ordered.sort(key=lambda record: record[2], reverse=True)
    ordered.sort(key=lambda record: record[1])
    checksum = fold(checksum, [record[0] for record in ordered[::83]])

    as_tuples = sorted((record[1], -record[2], record[4]) for record in records)
    checksum = fold(checksum, [len(name) + group for group, _, name in as_tuples[::79]])

    weights = merge_sort([record[3] for record in records])
    assert weights == sorted(weights)
    scores = merge_sort([record[2] for record in records])
    checksum = fold(checksum, [binary_search(scores, target) for target in range(0, 1000, 7)])

    groups = {group: [record[2] for record in records if record[1] == group] for group in range(23)}
    checksum = fold(checksum, [sum(scores) % 1000 + len(scores) for scores in groups.values()])

    distinct_scores = sorted({record[2] // 10 for record in records if record[3] > 20.0})
    checksum = fold(checksum, distinct_scores)

    matrix = [[(row * 31 + column * 17) % 101 for column in range(40)] for row in range(40)]
    transposed = [[row[column] for row in matrix] for column in range(40)]
    checksum = fold(checksum, [sum(row[i] * i for i in range(40)) for row in transposed])

    heaviest = max(records, key=lambda record: (record[3], record[0]))
    lightest = min(records, key=lambda record: (record[3], -record[0]))
    checksum = fold(checksum, [heaviest[0], lightest[0]])
    return checksum


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
