# Attribute stores racing with layout changes of the same instance: writer threads overwrite
# their own attribute in a loop (STORE_ATTR_INSTANCE_VALUE's fast path, PyHeapObject.storeAt) while another
# thread grows the instance's layout (new attributes) and materializes its __dict__. No store
# may be lost: each writer reads every store back (no other thread writes its attribute), and
# after each round its attribute holds its last value, the attributes the mutator added are all
# there, and __dict__ lists every attribute exactly once.
import threading
import time

WRITERS = 2
ROUNDS = 20


class Box:
    def __init__(self):
        self.w0 = -1
        self.w1 = -1


def writer0(box, state, results):
    i = missed = 0
    state[0] += 1
    while not state[2]:
        i += 1
        box.w0 = i
        if box.w0 != i:
            missed += 1
    results[0] = (i, missed)


def writer1(box, state, results):
    i = missed = 0
    state[1] += 1
    while not state[2]:
        i += 1
        box.w1 = i
        if box.w1 != i:
            missed += 1
    results[1] = (i, missed)


def mutator(box, state, materialize):
    while not (state[0] and state[1]):  # both writers are in their loops
        time.sleep(0)
    for j in range(70):  # grows the values array four times past its first capacity
        setattr(box, "extra%d" % j, j)
        if j % 8 == 0:
            time.sleep(0)
    if materialize:
        box.__dict__  # moves every attribute into a real dict mid-race
    for j in range(70, 80):
        setattr(box, "extra%d" % j, j)
    state[2] = True


def run_round(round_number):
    box = Box()
    state = [0, 0, False]
    results = [None, None]
    threads = [threading.Thread(target=writer0, args=(box, state, results)),
               threading.Thread(target=writer1, args=(box, state, results)),
               threading.Thread(target=mutator, args=(box, state, round_number % 2 == 0))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    problems = []
    for k, (last, missed) in enumerate(results):
        if missed:
            problems.append("w%d lost %d stores" % (k, missed))
        if getattr(box, "w%d" % k) != last:
            problems.append("w%d is not its last value" % k)
    for j in range(80):
        if getattr(box, "extra%d" % j, None) != j:
            problems.append("extra%d missing" % j)
    names = list(box.__dict__)
    if len(names) != len(set(names)) or len(names) != 82:
        problems.append("__dict__ has %d names" % len(names))
    return problems


failed = 0
for r in range(ROUNDS):
    problems = run_round(r)
    if problems:
        failed += 1
        print("round", r, problems[:5])
print("rounds:", ROUNDS, "failed:", failed)
