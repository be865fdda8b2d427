# Many threads run the same functions (each specializes its own copy of their bytecode, and
# tier 2 compiles them) while a mutator thread changes what those functions read underneath
# them: methods replaced, class attributes added and deleted, globals rebound and the module
# dict resized, __class__ reassigned, instance layouts grown and materialized, a shared dict
# resized. Each round has two parts:
#
# * a racing part: the mutator's changes keep every result the same (a method is replaced by an
#   equivalent one, a global rebound to an equal value, junk names come and go), so whatever
#   the interleaving, each worker's checksum must equal the sequential oracle's;
# * a changing part: between two barriers the mutator changes the meaning (scale, offset, the
#   helper function, a dict value); every worker's next checksum must see the new meaning.
#
# The oracle is the same work run by the main thread alone first. Usage:
# oracle_races.py [ROUNDS]  (default 40; the output does not depend on ROUNDS)
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 40
WORKERS = 3
CALLS = 400       # calls of the hot functions per worker and round: past tier 2's threshold


class Base:
    scale = 1

    def __init__(self, x):
        self.x = x
        self.y = 2

    def value(self):
        return self.x * self.scale

    @property
    def doubled(self):
        return self.y * 2


class Twin(Base):
    """Same layout and behaviour as Base: __class__ flips between them change nothing."""

    def value(self):
        return self.scale * self.x


def value_a(self):
    return self.x * self.scale


def value_b(self):
    return self.scale * self.x + 0


def helper_add(i):
    return i % 7


def helper_mul(i):
    return (i * 3) % 11


OFFSET = 1000
helper = helper_add
TABLE = {"k%d" % i: i for i in range(8)}
SHARED = Base(5)


def step(obj, i):
    # one unit of work: method call, property, instance load/store, globals, a dict read
    obj.x = obj.x + 1
    return obj.value() + obj.doubled + OFFSET + helper(i) + TABLE["k3"] + SHARED.x + SHARED.value()


def work(obj):
    total = 0
    for i in range(CALLS):
        total += step(obj, i)
    return total


def checksum(tid, round_number):
    obj = Base(tid + round_number)
    return work(obj) + obj.x


def set_meaning(round_number):
    """The changing part: what the functions compute in this round."""
    global OFFSET, helper
    Base.scale = round_number % 3 + 1
    OFFSET = 1000 + round_number
    helper = helper_add if round_number % 2 else helper_mul
    TABLE["k3"] = round_number * 10


def equal_int(v):
    # an equal int that is (for large values) another object
    return int(str(v))


def mutate_equivalently(k, objects):
    """One racing change that keeps every result the same."""
    global OFFSET, helper
    what = k % 9
    if what == 0:
        Base.value = value_a if k % 2 else value_b
    elif what == 1:
        setattr(Base, "junk%d" % (k % 5), k)
    elif what == 2:
        if hasattr(Base, "junk%d" % (k % 5)):
            delattr(Base, "junk%d" % (k % 5))
    elif what == 3:
        OFFSET = equal_int(OFFSET)
        g = globals()
        g["temp%d" % (k % 13)] = k
        if k % 3 == 0:
            g.pop("temp%d" % ((k + 5) % 13), None)
    elif what == 4:
        helper = helper_add if helper is helper_add else helper_mul
        Base.scale = equal_int(Base.scale)
    elif what == 5:
        for obj in objects:
            obj.__class__ = Twin if type(obj) is Base else Base
    elif what == 6:
        for obj in objects:
            setattr(obj, "extra%d" % (k % 40), k)   # grows the layout, past 30 names a dict
    elif what == 7:
        TABLE["junk%d" % (k % 50)] = k              # resizes TABLE
        if k % 4 == 0:
            for j in range(50):
                TABLE.pop("junk%d" % j, None)
    else:
        SHARED.__class__ = Twin if type(SHARED) is Base else Base
        SHARED.__dict__                              # materializes SHARED's dict


def run_round(round_number, expected):
    objects = [Base(0) for _ in range(WORKERS)]   # objects whose __class__ and layout flip
    results = [None] * WORKERS
    done = threading.Event()
    start = threading.Barrier(WORKERS + 2)

    def worker(tid):
        start.wait()
        mine = objects[tid]
        # the racing part: the mutator changes equivalent things while this runs
        total = checksum(tid, round_number)
        # instance stores racing __class__ assignment and layout growth of the same object
        # (a fresh object every few steps: each one's first __class__ assignment or growth
        # past 30 names moves its values into a dict)
        for i in range(CALLS):
            if i % 16 == 0:
                mine = objects[tid] = Base(mine.x)
            mine.x = mine.x + 1
            total += mine.value() + mine.doubled
        results[tid] = total

    def mutator():
        start.wait()
        k = 0
        while not done.is_set() or k < 200:
            mutate_equivalently(round_number * 1000 + k, objects)
            k += 1

    def flipper():
        # __class__ assignments back to back: each fresh object's first one moves its values
        # into a dict while its worker stores into them
        start.wait()
        while not done.is_set():
            for obj in objects:
                obj.__class__ = Twin if type(obj) is Base else Base

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(WORKERS)]
    changers = [threading.Thread(target=mutator), threading.Thread(target=flipper)]
    for t in threads + changers:
        t.start()
    for t in threads:
        t.join()
    done.set()
    for t in changers:
        t.join()
    return results == expected


def sequential(round_number):
    """The oracle: the same work, one thread, nothing changing underneath."""
    results = []
    for tid in range(WORKERS):
        mine = Base(0)
        total = checksum(tid, round_number)
        for i in range(CALLS):
            if i % 16 == 0:
                mine = Base(mine.x)
            mine.x = mine.x + 1
            total += mine.value() + mine.doubled
        results.append(total)
    return results


matches = 0
for r in range(ROUNDS):
    set_meaning(r)
    oracle = sequential(r)
    if r < 3:
        print("round", r, "oracle", oracle)
    if run_round(r, oracle):
        matches += 1
    else:
        print("round", r, "differs from the oracle")
print("rounds equal to the sequential oracle:", matches == ROUNDS)
last = ROUNDS - 1
print("final meaning seen:", Base(1).value() == last % 3 + 1, OFFSET == 1000 + last,
      helper is (helper_add if last % 2 else helper_mul), TABLE["k3"] == last * 10, SHARED.x)
