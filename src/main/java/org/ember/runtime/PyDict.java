package org.ember.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code dict}: insertion-ordered hash table in CPython's compact layout: an index table probed
 * with CPython's perturbation scheme, pointing into append-only entry arrays (hash, key, value).
 * Deleted entries leave holes until the next resize compacts them, so iteration order is
 * insertion order.
 *
 * <p>Threads: mutations hold the dict's monitor (each single operation is atomic); lookups are
 * lock-free: they read one {@link Table} snapshot, whose arrays are never shrunk or swapped
 * underneath them (a resize publishes a new Table). A lookup racing an insertion may miss the
 * new key, never throws.
 *
 * <p>{@link #keysVersion()} identifies the set of keys: it changes when a key is added or removed
 * (not when a value is replaced), for LOAD_GLOBAL-style caches.
 */
public final class PyDict extends PyObject {

    public static final PyType TYPE = PyType.builtin("dict", PyDict.class)
            .subclassable()
            .slots(PyDict::fillSlots)
            .dict(PyDict::fillDict)
            .build().withCollectionFlag(PyType.MAPPING);   // match: a mapping

    private static final int EMPTY = -1, DUMMY = -2;
    private static final int MIN_SIZE = 8;

    /** One generation of storage; replaced as a whole on resize. */
    private static final class Table {
        final int[] indices;
        final long[] hashes;
        final Object[] keys;
        final Object[] values;
        /** Entries appended so far (live or deleted). */
        int next;
        /** Every entry below this index is deleted (kept by {@link #popFirstItem()}). */
        int firstLive;

        Table(int indexSize) {
            indices = new int[indexSize];
            Arrays.fill(indices, EMPTY);
            int capacity = indexSize * 2 / 3;
            hashes = new long[capacity];
            keys = new Object[capacity];
            values = new Object[capacity];
        }
    }

    private volatile Table table = new Table(MIN_SIZE);
    private volatile int used;
    private volatile int keysVersion;

    /**
     * The dict-subclass instance this dict is the storage of, set when that instance is a
     * frame's globals or builtins (exec/eval): LOAD_GLOBAL and LOAD_NAME then look names up
     * through it, so its {@code __getitem__}/{@code __missing__} apply (CPython uses
     * PyObject_GetItem for a globals or builtins that is not exactly a dict). Null otherwise.
     */
    public Object mappingOwner;

    public PyDict() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyDict asDict(Object o) {
        if (o instanceof PyDict d) return d;
        if (o instanceof PyInstance inst && inst.base instanceof PyDict d) return d;
        return null;
    }

    private static PyDict self(Object o) {
        return asDict(o);
    }

    public int size() {
        return used;
    }

    /** The keys version: never 0; changes whenever a key is added or removed. */
    public int keysVersion() {
        int v = keysVersion;
        if (v != 0) return v;
        synchronized (this) {
            if (keysVersion == 0) keysVersion = ThreadState.current().interpreter().nextDictKeysVersion();
            return keysVersion;
        }
    }

    /** The keys version without assigning one: 0 when keys changed since it was last taken. */
    public int keysVersionIfValid() {
        return keysVersion;
    }

    /**
     * The specializer's read: the value at entry {@code index} if the keys version is still
     * {@code version}, else null (also null if the entry was deleted concurrently). The table is
     * read before the version and writers clear the version before changing keys, so a matching
     * version proves the table read is one where {@code index} holds the cached key.
     */
    public Object valueIfKeysVersion(int version, int index) {
        Table t = table;
        if (keysVersion != version) return null;
        return t.values[index];
    }

    /**
     * LOAD_ATTR_WITH_HINT's read: the value at entry {@code hint} when that entry holds the str key
     * {@code name}, else null. Entries are append-only within a table (a deleted key leaves its
     * entry empty; re-adding appends), so a key seen at {@code hint} is still that entry's key.
     */
    public Object valueAtHint(int hint, String name) {
        Table t = table;
        if (hint >= t.next) return null;
        Object k = t.keys[hint];
        if (!(k instanceof PyStr s) || !s.value().equals(name)) return null;
        return t.values[hint];
    }

    /** STORE_ATTR_WITH_HINT: replaces the value of the existing str key {@code name} at entry {@code hint}; false if it is not there. */
    public synchronized boolean storeAtHint(int hint, String name, Object value) {
        Table t = table;
        if (hint >= t.next || !(t.keys[hint] instanceof PyStr s) || !s.value().equals(name)) return false;
        t.values[hint] = value;
        return true;
    }

    /** The entry index of str key {@code key}, or -1 (for caching with {@link #keysVersion()}). */
    public int entryIndexStr(String key) {
        Table t = table;
        long hash = PyStr.hashOf(key);
        int mask = t.indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = t.indices[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && t.hashes[ix] == hash && t.keys[ix] instanceof PyStr s && s.value().equals(key)) return ix;
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    // ---- hashing of keys ----

    private static long hashKey(Object key) {
        if (key instanceof PyStr s) return s.hash();
        Slot.Hash h = Abstract.typeOf(key).hash;
        if (h == SlotDefs.NOT_HASHABLE || h == null) {
            throw Errors.typeError("cannot use '%s' as a dict key (unhashable type: '%s')", Abstract.typeName(key), Abstract.typeName(key));
        }
        return h.hash(key);
    }

    private static boolean sameKey(Object stored, Object key) {
        if (stored == key) return true;
        if (stored instanceof PyStr a && key instanceof PyStr b) return PyStr.sameText(a, b);
        if (stored instanceof PyInt a && key instanceof PyInt b) return PyInt.compare(a, b) == 0;
        return false;
    }

    /** Whether {@link #sameKey} alone decides equality: two strs, or two ints (bools included). */
    private static boolean decidedBySameKey(Object stored, Object key) {
        return stored instanceof PyStr && key instanceof PyStr || stored instanceof PyInt && key instanceof PyInt;
    }

    // ---- lookup ----

    /** Entry index of key in t, or -1; restarts if a Python __eq__ changed the dict. */
    private int find(Table t, Object key, long hash) {
        int mask = t.indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = t.indices[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                Object k = t.keys[ix];
                if (k != null && t.hashes[ix] == hash) {
                    if (sameKey(k, key)) return ix;
                    // tuple keys (word pairs, coordinates) of strs and ints: decided without tuple's rich comparison
                    int tupleItems = k instanceof PyTuple a && key instanceof PyTuple b
                            ? PyTuple.equalityWithoutDispatch(a, b) : PyTuple.UNORDERED;
                    if (tupleItems == 0) return ix;
                    if (tupleItems == PyTuple.UNORDERED && !decidedBySameKey(k, key)) { // equal int keys above 256 are distinct objects
                        boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                        if (table != t || t.keys[ix] != k) return find(table, key, hash);
                        if (eq) return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** d[key] or null when absent (no __missing__). */
    public Object getItem(Object key) {
        long hash = hashKey(key);
        while (true) {
            Table t = table;
            int ix = find(t, key, hash);
            if (ix < 0) return null;
            // find() restarts on the current table when the dict changed during a key comparison
            // (a concurrent resize, or a Python __eq__): then ix indexes that table, not t.
            if (table == t) return t.values[ix];
        }
    }

    /** Lookup by a Java string (attribute names, globals). */
    public Object getItemStr(String key) {
        Table t = table;
        long hash = PyStr.hashOf(key);
        int mask = t.indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = t.indices[i];
            if (ix == EMPTY) return null;
            if (ix >= 0 && t.hashes[ix] == hash && t.keys[ix] instanceof PyStr s && s.value().equals(key) && !s.hasSplitSurrogates()) {
                return t.values[ix];
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * d[key] or null when absent, key's hash already known: with {@link #setItemKnownHash}, for
     * callers that look a key up and then store it ({@code collections._count_elements}), hashing
     * it once as CPython's _PyDict_GetItem_KnownHash / _PyDict_SetItem_KnownHash pair.
     */
    public Object getItemKnownHash(Object key, long hash) {
        while (true) {
            Table t = table;
            int ix = find(t, key, hash);
            if (ix < 0) return null;
            if (table == t) return t.values[ix]; // else find() restarted on a changed table: look again
        }
    }

    /** d[key] = value, key's hash already known (see {@link #getItemKnownHash}). */
    public void setItemKnownHash(Object key, long hash, Object value) {
        synchronized (this) {
            insert(key, hash, value);
        }
    }

    /** key in d, key's hash already known (set operations keep their elements' hashes, as CPython's _PyDict_Contains_KnownHash). */
    public boolean containsKnownHash(Object key, long hash) {
        return find(table, key, hash) >= 0;
    }

    public boolean containsKey(Object key) {
        return getItem(key) != null;
    }

    // ---- mutation ----

    public void setItem(Object key, Object value) {
        long hash = hashKey(key);
        synchronized (this) {
            insert(key, hash, value);
        }
    }

    private void insert(Object key, long hash, Object value) {
        Table t = table;
        int ix = find(t, key, hash);
        if (table != t) t = table;
        if (ix >= 0 && t.keys[ix] != null) {
            t.values[ix] = value;
            return;
        }
        appendNew(key, hash, value);
    }

    /** Adds key, known to be absent (the caller's find() missed, under the lock). */
    private void appendNew(Object key, long hash, Object value) {
        Table t = table;
        // Invalidate before touching the table: a cached (version, entry index) read that still
        // sees the old version then cannot see the new table (see valueIfKeysVersion).
        keysVersion = 0;
        if (t.next == t.keys.length) {
            resize(used + 1);
            t = table;
        }
        int slot = freeSlot(t, hash);
        int n = t.next;
        t.hashes[n] = hash;
        t.keys[n] = key;
        t.values[n] = value;
        t.indices[slot] = n;
        t.next = n + 1;
        used = used + 1;
    }

    private static int freeSlot(Table t, long hash) {
        int mask = t.indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (t.indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Rebuilds the table for at least {@code minUsed} entries, dropping deleted ones. */
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size * 2 / 3 < minUsed * 3 / 2 + 1) size <<= 1;
        Table old = table, t = new Table(size);
        for (int i = 0; i < old.next; i++) {
            Object k = old.keys[i];
            if (k == null) continue;
            int n = t.next++;
            t.hashes[n] = old.hashes[i];
            t.keys[n] = k;
            t.values[n] = old.values[i];
            t.indices[freeSlot(t, old.hashes[i])] = n;
        }
        table = t;
    }

    /** Removes key; returns its value, or null when absent. */
    public Object pop(Object key) {
        long hash = hashKey(key);
        synchronized (this) {
            Table t = table;
            int ix = find(t, key, hash);
            t = table;
            if (ix < 0 || t.keys[ix] == null) return null;
            Object value = t.values[ix];
            removeEntry(t, ix, hash);
            return value;
        }
    }

    private void removeEntry(Table t, int ix, long hash) {
        int mask = t.indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (t.indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        keysVersion = 0;
        t.indices[i] = DUMMY;
        t.keys[ix] = null;
        t.values[ix] = null;
        used = used - 1;
    }

    public boolean delItemIfPresent(Object key) {
        return pop(key) != null;
    }

    public void delItem(Object key) {
        if (pop(key) == null) throw Errors.keyError(key);
    }

    /**
     * Moves key's entry to the end of the order, keeping the stored key object
     * (OrderedDict.move_to_end(key)), key's hash already known: one lookup. False when key is absent.
     */
    public boolean moveToEnd(Object key, long hash) {
        synchronized (this) {
            Table t = table;
            int ix = find(t, key, hash);
            t = table;
            if (ix < 0 || t.keys[ix] == null) return false;
            if (ix == t.next - 1) return true; // already the last entry
            Object storedKey = t.keys[ix], value = t.values[ix];
            removeEntry(t, ix, hash);
            appendNew(storedKey, hash, value);
            return true;
        }
    }

    /** d.setdefault(key, value): atomic. */
    public Object setDefault(Object key, Object value) {
        long hash = hashKey(key);
        synchronized (this) {
            Table t = table;
            int ix = find(t, key, hash);
            t = table;
            if (ix >= 0 && t.keys[ix] != null) return t.values[ix];
            appendNew(key, hash, value);   // one lookup: a key's __eq__ runs once, as CPython's
            return value;
        }
    }

    public synchronized void clear() {
        keysVersion = 0;
        table = new Table(MIN_SIZE);
        used = 0;
    }

    /** The last inserted (key, value), removed; KeyError when empty. */
    public synchronized PyTuple popItem() {
        Table t = table;
        for (int i = t.next - 1; i >= 0; i--) {
            Object k = t.keys[i];
            if (k == null) continue;
            Object v = t.values[i];
            removeEntry(t, i, t.hashes[i]);
            t.next = i; // the tail is all deleted now; reuse it
            return PyTuple.of(k, v);
        }
        throw Errors.withArgs(Exceptions.KeyError, new PyStr("popitem(): dictionary is empty"));
    }

    /** The first inserted (key, value), removed (OrderedDict.popitem(last=False)); null when empty. */
    public synchronized PyTuple popFirstItem() {
        Table t = table;
        for (int i = t.firstLive; i < t.next; i++) {
            Object k = t.keys[i];
            if (k == null) continue;
            Object v = t.values[i];
            removeEntry(t, i, t.hashes[i]);
            t.firstLive = i + 1;
            return PyTuple.of(k, v);
        }
        return null;
    }

    public synchronized PyDict copy() {
        PyDict d = new PyDict();
        Table t = table;
        for (int i = 0; i < t.next; i++) {
            if (t.keys[i] != null) d.insert(t.keys[i], t.hashes[i], t.values[i]);
        }
        return d;
    }

    /** Snapshot of the keys in order. */
    public List<Object> keys() {
        List<Object> out = new ArrayList<>(used);
        Table t = table;
        int n = t.next;
        for (int i = 0; i < n; i++) {
            Object k = t.keys[i];
            if (k != null) out.add(k);
        }
        return out;
    }

    /** Snapshot of (key, value) pairs in order. */
    public List<Object[]> entries() {
        List<Object[]> out = new ArrayList<>(used);
        Table t = table;
        int n = t.next;
        for (int i = 0; i < n; i++) {
            Object k = t.keys[i], v = t.values[i];
            if (k != null && v != null) out.add(new Object[] {k, v});
        }
        return out;
    }

    /** Entry i of the current table for iterators: {key, value}, null for a hole, or END. */
    Object[] entryAt(int i) {
        Table t = table;
        if (i >= t.next) return END;
        Object k = t.keys[i], v = t.values[i];
        return k == null || v == null ? null : new Object[] {k, v};
    }

    static final Object[] END = new Object[0];

    /** One past the last entry index in use (where a reverse walk starts). */
    int entryEnd() {
        return table.next;
    }

    /** dict.update(other) / dict(other): mappings by keys(), else (key, value) pairs. */
    public void update(Object other) {
        PyDict d = asDict(other);
        if (d != null && Abstract.typeOf(other).iter == TYPE.iter) {
            int size = d.size();
            for (Object[] e : d.entries()) {
                setItem(e[0], e[1]);
                // a key's __eq__ may have changed the dict being merged in, as CPython checks
                if (d.size() != size) throw Errors.runtimeError("dict mutated during update");
            }
            return;
        }
        if (Abstract.lookupAttr(other, new PyStr("keys")) != null) {
            Object keys = Abstract.invoke(other, "keys");
            Object it = Abstract.getIter(keys);
            for (Object k = Abstract.next(it); k != null; k = Abstract.next(it)) setItem(k, Abstract.getItem(other, k));
            return;
        }
        Object it = Abstract.getIter(other);
        int index = 0;
        for (Object item = Abstract.next(it); item != null; item = Abstract.next(it), index++) {
            Object[] pair;
            try {
                pair = PyTuple.fromIterable(item).items();
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError)) throw e;
                throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", index);
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
            }
            setItem(pair[0], pair[1]);
        }
    }

    // ---- slots ----

    private static void fillSlots(PyType t) {
        t.repr = self -> {
            PyDict d = self(self);
            List<Object[]> entries = d.entries();
            if (entries.isEmpty()) return new PyStr("{}");
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(d)) return new PyStr("{...}");
            try {
                StringBuilder b = new StringBuilder("{");
                for (int i = 0; i < entries.size(); i++) {
                    if (i > 0) b.append(", ");
                    b.append(Abstract.repr(entries.get(i)[0]).value()).append(": ").append(Abstract.repr(entries.get(i)[1]).value());
                }
                return new PyStr(b.append('}').toString());
            } finally {
                ts.reprLeave(d);
            }
        };
        t.hash = SlotDefs.NOT_HASHABLE;
        t.len = self -> self(self).used;
        t.contains = (self, key) -> self(self).containsKey(key);
        t.getitem = PyDict::subscript;
        t.setitem = (self, key, value) -> {
            if (value == null) self(self).delItem(key);
            else self(self).setItem(key, value);
        };
        t.iter = self -> new PyDictIterator(self(self), PyDictIterator.Kind.KEYS);
        t.richcompare = (a, b, op) -> {
            PyDict y = asDict(b);
            if (y == null || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            boolean eq = self(a).equalsDict(y);
            return op.ofEquality(eq);
        };
        t.binary[BinOp.OR.ordinal()] = (a, b) -> {
            PyDict x = asDict(a), y = asDict(b);
            if (x == null || y == null) return PyNotImplemented.INSTANCE;
            PyDict merged = x.copy();
            merged.update(y);
            return merged;
        };
        t.inplace[BinOp.OR.ordinal()] = (a, b) -> {
            self(a).update(b);
            return a;
        };
        t.newInstance = (type, args, off, n, kw) -> type.wrap(new PyDict());
        t.init = (self, args, off, n, kw) -> {
            int nkw = kw == null ? 0 : kw.size();
            if (n - nkw > 1) throw Errors.typeError("dict expected at most 1 argument, got %d", n - nkw);
            PyDict d = self(self);
            if (n - nkw == 1) d.update(args[off]);
            for (int k = 0; k < nkw; k++) d.setItem(kw.get(k), args[off + n - nkw + k]);
            return PyNone.NONE;
        };
    }

    /** d[key], with __missing__ for subclasses, else KeyError. */
    private static Object subscript(Object self, Object key) {
        Object v = self(self).getItem(key);
        if (v != null) return v;
        if (!(self instanceof PyDict)) {
            Object missing = Abstract.typeOf(self).lookup("__missing__");
            if (missing != null) return Abstract.callMethod(missing, self, key);
        }
        throw Errors.keyError(key);
    }

    private boolean equalsDict(PyDict other) {
        if (this == other) return true;
        if (used != other.used) return false;
        // As CPython's dict_equal: this dict's entries in order, each looked up in other by its
        // stored hash (no hash() again), without a snapshot list of (key, value) arrays.
        Table t = table;
        for (int i = 0, n = t.next; i < n; i++) {
            Object k = t.keys[i], v = t.values[i];
            if (k == null || v == null) continue;
            Object w = other.getItemKnownHash(k, t.hashes[i]);
            if (w == null || !Abstract.equal(v, w)) return false;
        }
        return true;
    }

    private static void fillDict(TypeBuilder d) {
        BuiltinExtras.dictMethods(d);
        d.method("get", ArgSpec.positional("get", 1, 2), (self, a) -> {
            Object v = self(self).getItem(a[0]);
            return v != null ? v : a[1] != null ? a[1] : PyNone.NONE;
        });
        d.method("setdefault", ArgSpec.positional("setdefault", 1, 2),
                (self, a) -> self(self).setDefault(a[0], a[1] != null ? a[1] : PyNone.NONE));
        d.method("pop", ArgSpec.positional("pop", 1, 2), (self, a) -> {
            Object v = self(self).pop(a[0]);
            if (v != null) return v;
            if (a[1] != null) return a[1];
            throw Errors.keyError(a[0]);
        });
        d.method0("popitem", self -> self(self).popItem());
        d.method0("keys", self -> new PyDictView(self(self), PyDictIterator.Kind.KEYS));
        d.method0("values", self -> new PyDictView(self(self), PyDictIterator.Kind.VALUES));
        d.method0("items", self -> new PyDictView(self(self), PyDictIterator.Kind.ITEMS));
        d.method("update", ArgSpec.vector("update"), (self, bound) -> {
            Object[] args = (Object[]) bound[0];
            int nargs = (Integer) bound[1];
            PyTuple kw = (PyTuple) bound[2];
            int nkw = kw == null ? 0 : kw.size();
            if (nargs - nkw > 1) throw Errors.typeError("update expected at most 1 argument, got %d", nargs - nkw);
            PyDict dict = self(self);
            if (nargs - nkw == 1) dict.update(args[0]);
            for (int k = 0; k < nkw; k++) dict.setItem(kw.get(k), args[nargs - nkw + k]);
            return PyNone.NONE;
        });
        d.method0("clear", self -> {
            self(self).clear();
            return PyNone.NONE;
        });
        d.method0("copy", self -> self(self).copy());
        d.classMethod("fromkeys", ArgSpec.positional("fromkeys", 1, 2), (cls, a) -> {
            Object result = Abstract.call(cls);
            Object value = a[1] != null ? a[1] : PyNone.NONE;
            Object it = Abstract.getIter(a[0]);
            for (Object k = Abstract.next(it); k != null; k = Abstract.next(it)) Abstract.setItem(result, k, value);
            return result;
        });
    }
}
