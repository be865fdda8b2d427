# deque under threads (no GIL on Ember): appends, pops and maxlen from several threads at once
# must lose nothing and never corrupt the buffer; iterators see the mutation.
import threading
from collections import deque, defaultdict

d = deque()
N, T = 8000, 4


def producer(k):
    for i in range(N):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))


threads = [threading.Thread(target=producer, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), len(set(d)) == N * T)

popped = []


def consumer():
    got = []
    while True:
        try:
            got.append(d.pop() if len(got) % 2 else d.popleft())
        except IndexError:
            break
    popped.append(got)


threads = [threading.Thread(target=consumer) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
flat = [x for got in popped for x in got]
print(len(d), len(flat), len(set(flat)) == N * T)

window = deque(maxlen=100)


def slider(k):
    for i in range(N):
        window.append(i)
        window.rotate(1)


threads = [threading.Thread(target=slider, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(window), window.maxlen, all(0 <= x < N for x in window))

counts = defaultdict(int)
lock = threading.Lock()


def tally(k):
    for i in range(N // 10):
        with lock:
            counts[i % 7] += 1


threads = [threading.Thread(target=tally, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(counts.items()))
