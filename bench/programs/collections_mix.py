"""collections-heavy workload: Counter updates and most_common, defaultdict(list) grouping,
deque as a sliding window and a BFS queue, OrderedDict as an LRU cache (move_to_end, popitem),
namedtuple records with _replace and attribute access, ChainMap lookups."""
import sys
import time
import collections

Record = collections.namedtuple("Record", "key group value")


def make_records(n, seed):
    # deterministic pseudo-random records from a 32-bit LCG
    state = seed
    records = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0xFFFFFFFF
        records.append(Record("k%d" % (state % 977), state % 31, (state >> 8) % 1000))
    return records


def lru_run(keys, capacity):
    cache = collections.OrderedDict()
    hits = misses = 0
    for key in keys:
        if key in cache:
            cache.move_to_end(key)
            hits += 1
        else:
            misses += 1
            cache[key] = len(key)
            if len(cache) > capacity:
                cache.popitem(last=False)
    return hits, misses


def bfs(width, height):
    seen = {(0, 0)}
    queue = collections.deque([(0, 0, 0)])
    far = 0
    while queue:
        x, y, d = queue.popleft()
        far = max(far, d)
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < width and 0 <= ny < height and (nx * 7 + ny * 3) % 11 and (nx, ny) not in seen:
                seen.add((nx, ny))
                queue.append((nx, ny, d + 1))
    return len(seen), far


# One round takes about 25 ms in python3.13; bench() runs several (different seeds) so that an
# iteration takes the 0.2-0.5 s the harness protocol asks for.
ROUNDS = 10


def bench():
    return [one_round(12345 + i) for i in range(ROUNDS)]


def one_round(seed):
    records = make_records(12000, seed)
    counts = collections.Counter(r.key for r in records)
    counts.update(r.key for r in records[::3])
    top = counts.most_common(5)
    groups = collections.defaultdict(list)
    for r in records:
        groups[r.group].append(r.value)
    group_sum = sum(len(v) * (g + 1) for g, v in groups.items())
    window = collections.deque(maxlen=50)
    window_total = 0
    for r in records:
        window.append(r.value)
        window_total += window[0] - window[-1]
    bumped = [r._replace(value=r.value + 1) for r in records[:3000]]
    bumped_sum = sum(r.value for r in bumped)
    lookups = collections.ChainMap({"a": 1}, dict.fromkeys(counts, 2), {"z": 3})
    chain_sum = sum(lookups[k] for k in list(counts)[:500]) + lookups["z"]
    hits, misses = lru_run([r.key for r in records], 300)
    reached, far = bfs(60, 60)
    return (top, group_sum, window_total, bumped_sum, chain_sum, hits, misses, reached, far)


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
