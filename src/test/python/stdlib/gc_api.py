# gc: the documented API, with the results that do not depend on how memory is managed.
import gc
import weakref

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

old = gc.get_threshold()
print(type(old).__name__, len(old))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold()[:1])
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(type(gc.get_count()).__name__, len(gc.get_count()))

print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS & 0)
print(gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.garbage)

# A reference cycle becomes unreachable and is collected: its weakref callback runs.
class Node:
    pass

a, b = Node(), Node()
a.other, b.other = b, a
died = []
r = weakref.ref(a, lambda ref: died.append("a"))
del a, b
for _ in range(5):
    gc.collect()
    if died:
        break
print(died, r())

# Callbacks are called around a collection with a phase and an info dict.
phases = []
def callback(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(callback)
gc.collect()
gc.callbacks.remove(callback)
print(phases[0][0], phases[-1][0], phases[0][1])

print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(Node()))
print(gc.is_finalized(Node()))
container = [1, "x", (2,)]
print(sorted(map(repr, gc.get_referents(container))))
stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]))
gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print(gc.get_freeze_count())
