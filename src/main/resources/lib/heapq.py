"""Heap queue algorithm (Ember's own heapq module).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k,
so heap[0] is always the smallest item. The *_max functions (new in 3.14) keep the
opposite invariant: heap[0] is the largest item. Only `<` is used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max', 'nlargest', 'nsmallest', 'merge']


# Functions taking only the heap say "argument", the others "argument 1", as CPython does.
_SINGLE_ARGUMENT = {'heappop', 'heapify', 'heappop_max', 'heapify_max'}


def _require_list(function_name, heap):
    if not isinstance(heap, list):
        which = "argument" if function_name in _SINGLE_ARGUMENT else "argument 1"
        raise TypeError(f"{function_name}() {which} must be list, "
                        f"not {type(heap).__name__}")


def _less(a, b):
    return a < b


def _greater(a, b):
    return b < a


def _sift_toward_root(heap, root, pos, before):
    """Moves heap[pos] up until its parent does not come after it (`before` orders items)."""
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if before(item, parent):
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos, before):
    """Re-establishes the heap below pos: moves the smaller child up until heap[pos] fits.

    Like CPython, this walks down to a leaf first and then sifts the item back up,
    which needs fewer comparisons on average than stopping early.
    """
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not before(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos, before)


def _push(name, heap, item, before):
    _require_list(name, heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1, before)


def _pop(name, heap, before):
    _require_list(name, heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0, before)
        return first
    return last


def _replace(name, heap, item, before):
    _require_list(name, heap)
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0, before)
    return first


def _pushpop(name, heap, item, before):
    _require_list(name, heap)
    if heap and before(heap[0], item):
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0, before)
    return item


def _heapify(name, heap, before):
    _require_list(name, heap)
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, pos, before)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _push('heappush', heap, item, _less)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop('heappop', heap, _less)


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    return _replace('heapreplace', heap, item, _less)


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    return _pushpop('heappushpop', heap, item, _less)


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _heapify('heapify', heap, _less)


def heappush_max(heap, item, /):
    """Push item onto max heap, maintaining the heap invariant."""
    _push('heappush_max', heap, item, _greater)


def heappop_max(heap, /):
    """Maxheap variant of heappop."""
    return _pop('heappop_max', heap, _greater)


def heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    return _replace('heapreplace_max', heap, item, _greater)


def heappushpop_max(heap, item, /):
    """Maxheap variant of heappushpop."""
    return _pushpop('heappushpop_max', heap, item, _greater)


def heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _heapify('heapify_max', heap, _greater)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy: returns a generator. Equal items come out in the order of their iterables.
    """
    before = _greater if reverse else _less
    # Each entry is [sort key, tie-break, value, iterator]. The tie-break makes equal keys
    # come out from the earliest iterable first: with the max-heap of reverse=True a larger
    # tie-break wins, so it counts down there.
    heap = []
    for index, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            order = -index if reverse else index
            heap.append([value if key is None else key(value), order, value, iterator])
            break
    _heapify('merge', heap, before)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            _sift_toward_leaves(heap, 0, before)
            break
        else:
            _pop('merge', heap, before)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to: sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    # Max-heap of the n smallest seen so far, entries (key, arrival order, item): the
    # arrival order keeps earlier items among equal keys and keeps items from being compared.
    kept = []
    for order, item in enumerate(iterable):
        item_key = item if key is None else key(item)
        if len(kept) < n:
            _push('nsmallest', kept, (item_key, order, item), _greater)
        elif item_key < kept[0][0]:
            _replace('nsmallest', kept, (item_key, order, item), _greater)
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to: sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    # Min-heap of the n largest seen so far, entries (key, -arrival order, item).
    kept = []
    for order, item in enumerate(iterable):
        item_key = item if key is None else key(item)
        if len(kept) < n:
            _push('nlargest', kept, (item_key, -order, item), _less)
        elif kept[0][0] < item_key:
            _replace('nlargest', kept, (item_key, -order, item), _less)
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
