# 8 threads x OPS mixed operations on one shared list, dict and set (no GIL on Ember: they run
# in parallel). Every single operation is atomic, so the totals below are exact. Usage:
# shared_containers.py [OPS]  (default 100000)
import sys
import threading

THREADS = 8
OPS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000

shared_list = []
shared_dict = {}
shared_set = set()
results = [None] * THREADS
start = threading.Barrier(THREADS)


def worker(tid):
    start.wait()
    base = tid * 10_000_000
    popped_sum = 0
    pops = 0
    seen_winner = None
    odd_reads = 0
    for k in range(OPS):
        v = base + k
        op = k % 8
        if op == 0:
            shared_list.append(v)
        elif op == 1:
            shared_dict[v] = tid
        elif op == 2:
            shared_set.add(v)
        elif op == 3:
            # remove what this thread put 2 and 1 ops ago (every other time): always present
            if k % 16 == 3:
                if shared_dict.pop(v - 2) != tid:
                    odd_reads += 1
                shared_set.discard(v - 1)
        elif op == 4:
            try:
                popped_sum += shared_list.pop()
                pops += 1
            except IndexError:
                pass
        elif op == 5:
            winner = shared_dict.setdefault("winner", tid)
            if seen_winner is None:
                seen_winner = winner
            elif seen_winner != winner:
                odd_reads += 1
        elif op == 6:
            # reads racing writers: must never fail, never see a foreign type
            if len(shared_list) < 0 or (v - 6) in shared_set:
                odd_reads += 1
            for x in shared_list[-3:]:
                if not isinstance(x, int):
                    odd_reads += 1
        else:
            shared_list.append(-v)
            shared_set.add(-v)
    results[tid] = (popped_sum, pops, seen_winner, odd_reads)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

per_thread_appends = len(range(0, OPS, 8)) + len(range(7, OPS, 8))
appended_sum = sum(sum(range(t * 10_000_000, t * 10_000_000 + OPS, 8))
                   - sum(range(t * 10_000_000 + 7, t * 10_000_000 + OPS, 8)) for t in range(THREADS))
popped_sum = sum(r[0] for r in results)
pops = sum(r[1] for r in results)
winner = shared_dict.pop("winner")
print("list length exact:", len(shared_list) + pops == THREADS * per_thread_appends)
print("list sum conserved:", sum(shared_list) + popped_sum == appended_sum)
print("every thread saw the same setdefault winner:", all(r[2] == winner for r in results))
print("odd reads:", sum(r[3] for r in results))
print("dict keys exact:", sorted(shared_dict) == sorted(t * 10_000_000 + k for t in range(THREADS)
                                                       for k in range(9, OPS, 16)))
print("dict values by thread:", sorted(set(shared_dict.values())))
print("set exact:", shared_set == {t * 10_000_000 + k for t in range(THREADS) for k in range(10, OPS, 16)}
      | {-(t * 10_000_000 + k) for t in range(THREADS) for k in range(7, OPS, 8)})
