# Many producers and consumers through one small bounded Queue (Java put/get/task_done):
# nothing lost, nothing doubled, join() returns once every task is done.
import threading, queue
for rnd in range(3):
    q = queue.Queue(maxsize=3)
    out = queue.Queue()
    N, P, C = 1500, 4, 3
    def prod(base):
        for i in range(N):
            q.put(base + i)
    def cons():
        s = 0
        while True:
            x = q.get()
            if x is None:
                q.task_done(); break
            s += x
            q.task_done()
        out.put(s)
    cs = [threading.Thread(target=cons) for _ in range(C)]
    ps = [threading.Thread(target=prod, args=(p * N,)) for p in range(P)]
    for t in cs + ps: t.start()
    for t in ps: t.join()
    q.join()
    for _ in cs: q.put(None)
    for t in cs: t.join()
    total = sum(out.get() for _ in cs)
    print(total == sum(range(P * N)), q.unfinished_tasks, q.qsize())
