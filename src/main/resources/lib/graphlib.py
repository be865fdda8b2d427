"""Topological sorting of a graph of hashable nodes (Ember's graphlib)."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# The state of a node, kept in its _Node.waiting_for once prepare() has run: a count >= 0 is
# the number of predecessors not done yet; these two mark nodes given out by get_ready().
_GIVEN_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_for", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_for = 0   # predecessors not yet done (or _GIVEN_OUT / _DONE)
        self.successors = []   # nodes that name this one as a predecessor, in order added


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle.

    args[1] is one cycle found, as a list of nodes where each node is a predecessor of the next
    and the first node is repeated at the end.
    """


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}          # node -> _Node, in the order nodes were first seen
        self._ready = None        # nodes ready to be given out; None until prepare()
        self._given_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, and an edge from each predecessor to it (repeated calls accumulate)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_for += len(predecessors)
        for predecessor in predecessors:
            self._info(predecessor).successors.append(node)

    def prepare(self):
        """Ends the graph's construction; raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting_for == 0]
        # Nodes outside the cycle can still be processed after the error (get_ready/done).
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of every node whose predecessors are all done and not given out yet."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].waiting_for = _GIVEN_OUT
        self._ready.clear()
        self._given_out += len(ready)
        return ready

    def is_active(self):
        """True while nodes remain to be given out or marked done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._given_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes given out by get_ready() as processed, which may make successors ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting_for != _GIVEN_OUT:
                if info.waiting_for >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_for = _DONE
            for successor in info.successors:
                successor_info = self._nodes[successor]
                successor_info.waiting_for -= 1
                if successor_info.waiting_for == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """One cycle (first node repeated at the end), or None.

        A depth-first walk along successor edges, starting from each node in the order they were
        added; the first edge back to a node on the current path closes the cycle.
        """
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]                       # the current path from start
            position = {start: 0}                # node -> its index in path
            pending = [iter(self._nodes[start].successors)]
            visited.add(start)
            while pending:
                successor = next(pending[-1], _END)
                if successor is _END:
                    del position[path.pop()]
                    pending.pop()
                elif successor in position:
                    return path[position[successor]:] + [successor]
                elif successor not in visited:
                    visited.add(successor)
                    position[successor] = len(path)
                    path.append(successor)
                    pending.append(iter(self._nodes[successor].successors))
        return None

    def static_order(self):
        """Every node, in one topological order (prepare() is called here)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
