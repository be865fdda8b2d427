"""json workload: dumps of nested documents (default, indent=2 with sort_keys, compact
separators, ensure_ascii with non-ASCII text), loads of the results, and a round-trip check."""
import sys
import time
import json


def make_document(n, seed):
    state = seed
    items = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0xFFFFFFFF
        items.append({
            "id": i,
            "name": "item-%d \u00e9\u2603" % (state % 1000),
            "price": (state % 100000) / 100.0,
            "tags": ["t%d" % (state % 7), "t%d" % (state % 11)],
            "active": state % 3 == 0,
            "parent": None if i % 5 else i // 5,
            "dims": {"w": state % 13, "h": state % 17, "ratio": (state % 97) / 7.0},
        })
    return {"version": 3, "items": items, "meta": {"count": n, "source": "bench \"json\"\n"}}


# One round takes about 25 ms in python3.13; bench() runs several (different seeds) so that an
# iteration takes the 0.2-0.5 s the harness protocol asks for.
ROUNDS = 10


def bench():
    return [one_round(2024 + i) for i in range(ROUNDS)]


def one_round(seed):
    doc = make_document(1500, seed)
    plain = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    compact = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    back = json.loads(plain)
    back_pretty = json.loads(pretty)
    back_compact = json.loads(compact)
    same = back == doc and back_pretty == doc and back_compact == doc
    total = sum(item["price"] for item in back["items"])
    return (len(plain), len(pretty), len(compact), same, round(total, 2), back["items"][-1]["name"])


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
