# Threads setting the first attributes of one object at the same moment: a function (whose
# __dict__ is made on first need) and a module-level class instance. Every store must land:
# each thread sets its own attribute, so the object must end with all of them.
import threading

THREADS = 2
ROUNDS = 400


def run_round():
    def target():
        pass

    class Box:
        pass

    box = Box()
    start = threading.Barrier(THREADS)
    go = []

    def setter(tid):
        start.wait()
        while not go:   # spin so that the threads that run at once leave together
            if tid == 0:
                go.append(1)
        setattr(target, "a%d" % tid, tid)
        setattr(box, "b%d" % tid, tid)

    threads = [threading.Thread(target=setter, args=(t,)) for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(target.__dict__.items()) == [("a%d" % t, t) for t in range(THREADS)] and \
        sorted(vars(box).items()) == [("b%d" % t, t) for t in range(THREADS)]


lost = [r for r in range(ROUNDS) if not run_round()]
print("rounds with a lost first attribute:", lost[:5], len(lost))
