# Weakref callbacks run soon after the referent dies, without gc.collect(): CPython calls them
# at once; Ember once the JVM's collector has cleared the referent, at the main thread's next
# backward jump or function entry. The loops allocate until the callback has run.
import threading
import weakref

class Node:
    pass

fired = []
node = Node()
ref = weakref.ref(node, lambda r: fired.append(("callback", r() is None, threading.current_thread().name)))
del node
rounds = 0
while not fired and rounds < 1_000_000:
    garbage = [Node() for _ in range(100)]
    rounds += 1
print(fired, ref() is None)

# several referents, each callback once, in a function (its own frame)
def churn():
    seen = []
    objs = [Node() for _ in range(5)]
    refs = [weakref.ref(o, lambda r, i=i: seen.append(i)) for i, o in enumerate(objs)]
    del objs
    rounds = 0
    while len(seen) < 5 and rounds < 1_000_000:
        garbage = [Node() for _ in range(100)]
        rounds += 1
    return sorted(seen), [r() for r in refs]
print(churn())

# a finalizer (weakref.finalize) runs the same way
done = []
obj = Node()
weakref.finalize(obj, done.append, "finalized")
del obj
rounds = 0
while not done and rounds < 1_000_000:
    garbage = [Node() for _ in range(100)]
    rounds += 1
print(done)
