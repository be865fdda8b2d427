# graphlib: static orders, incremental get_ready/done, cycles (which cycle is reported), errors.
from graphlib import TopologicalSorter, CycleError

graph = {"d": {"b", "c"}, "b": ["a"], "c": ["a"], "e": ["d", "a"]}
print(list(TopologicalSorter({k: sorted(v) for k, v in graph.items()}).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))

ts = TopologicalSorter()
ts.add("x", "y", "z")
ts.add("x", "w")
ts.add("y")
ts.prepare()
steps = []
while ts:
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, ts.is_active())

for g in ({1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [1], 3: [4], 4: [3]}, {0: [1], 1: [2], 2: [3], 3: [1]}):
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__mro__[1].__name__, e.args)

ts = TopologicalSorter({"b": ["a"], "c": ["b"], "loop1": ["loop2"], "loop2": ["loop1"]})
try:
    ts.prepare()
except CycleError as e:
    print("cycle", e.args[1])
print(ts.get_ready())
ts.done("a")
print(ts.get_ready())

def error(f, *a):
    try:
        f(*a)
    except ValueError as e:
        print("ValueError:", e)

ts = TopologicalSorter({1: [0]})
error(ts.get_ready)
error(ts.is_active)
error(ts.done, 0)
ts.prepare()
error(ts.prepare)
error(ts.add, 5)
error(ts.done, 1)
error(ts.done, 99)
print(ts.get_ready())
ts.done(0)
error(ts.done, 0)
print(TopologicalSorter[int], issubclass(CycleError, ValueError))
