# Threads mutating classes, module globals and instance layouts while other threads call
# methods and read attributes (no GIL on Ember: all at once). Readers must always see one of
# the values that were ever stored, never an error; the final state is exact. Usage:
# mutating_classes.py [ROUNDS]  (default 20000)
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
READERS = 4


class Shape:
    def area(self):
        return 1

    def kind(self):
        return "shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side


def area_v(n):
    def area(self):
        return n
    return area


counter = 0
stop = threading.Event()
problems = []
start = threading.Barrier(READERS + 3)


def class_mutator():
    # rebinds a method on the base class and adds/removes class attributes: every change
    # invalidates the type version of Shape and of Square
    start.wait()
    for i in range(ROUNDS):
        Shape.area = area_v(i % 7 + 1)
        setattr(Shape, "extra%d" % (i % 5), i)
        if i % 3 == 0:
            delattr(Shape, "extra%d" % (i % 5))
    Shape.area = area_v(7)


def global_mutator():
    # rebinds module globals, adds and deletes others (keys version changes)
    global counter
    start.wait()
    g = sys.modules[__name__].__dict__
    for i in range(ROUNDS):
        counter = i
        g["temp%d" % (i % 11)] = i
        if i % 2:
            g.pop("temp%d" % (i % 11), None)


def layout_grower():
    # grows one shared instance past the 30 shared-key slots (its dict materializes) while
    # readers read its first attributes
    start.wait()
    for i in range(ROUNDS):
        setattr(target, "a%d" % (i % 60), i)
        if i % 4 == 0:
            target.side = 3


target = Square(3)


def reader(tid):
    start.wait()
    sq = Square(tid)
    seen = set()
    reads = 0
    while not stop.is_set() or reads < 1000:
        a = sq.area()
        if not 1 <= a <= 7:
            problems.append(("area", a))
        seen.add(a)
        if sq.kind() != "shape":
            problems.append("kind")
        c = counter
        if not 0 <= c < ROUNDS:
            problems.append(("counter", c))
        if target.side != 3:
            problems.append(("side", target.side))
        if getattr(Shape, "extra1", 0) < 0:
            problems.append("extra")
        reads += 1
    results[tid] = reads


results = [0] * READERS
writers = [threading.Thread(target=f) for f in (class_mutator, global_mutator, layout_grower)]
readers = [threading.Thread(target=reader, args=(t,)) for t in range(READERS)]
for t in writers + readers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()

print("problems:", problems[:5], len(problems))
print("readers all read:", all(r >= 1000 for r in results))
print("final area:", Square(1).area(), "counter:", counter == ROUNDS - 1)


def last_round(residue, modulus):
    return max(i for i in range(ROUNDS) if i % modulus == residue)


expected_temps = sorted("temp%d" % j for j in range(11) if last_round(j, 11) % 2 == 0)
expected_extras = sorted("extra%d" % j for j in range(5) if last_round(j, 5) % 3 != 0)
module_dict = sys.modules[__name__].__dict__
print("temps exact:", sorted(k for k in module_dict if k.startswith("temp")) == expected_temps)
print("target attrs:", len([k for k in target.__dict__ if k.startswith("a")]), target.side,
      target.a59 == last_round(59, 60))
print("extras exact:", sorted(k for k in Shape.__dict__ if k.startswith("extra")) == expected_extras)
