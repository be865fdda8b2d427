# Threads importing the same module at once wait for the one running it (no half-initialized
# module escapes); two threads importing each other's modules circularly do not deadlock.
import sys
import threading

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/importmods")

res = []
def worker():
    import slowmod
    res.append(slowmod.VALUE)
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)

names = []
def imp(name):
    m = __import__(name)
    names.append(m.__name__)
ts = [threading.Thread(target=imp, args=(n,)) for n in ["cyc_a", "cyc_b"]]
for t in ts:
    t.start()
for t in ts:
    t.join()
import cyc_a, cyc_b
print(sorted(names), cyc_a.A, cyc_b.B)
