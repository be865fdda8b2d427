package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The hash table behind set and frozenset, probing exactly as CPython's setobject.c (a run of
 * linear probes, then perturbed jumps; dummy slots reused on insertion; growth at 60% fill),
 * so that iteration order matches CPython's: {@code {3, 1, 2}} iterates 1, 2, 3.
 * Not thread-safe by itself: PySet guards it with its monitor; a frozenset's is never changed
 * after construction.
 */
final class SetTable {

    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's dummy key, whose hash is -1). */
    static final Object DUMMY = new Object();

    Object[] keys;
    long[] hashes;
    int fill;   // active + dummy slots
    int used;   // active slots
    private int finger; // where set.pop() resumes

    SetTable() {
        this(MIN_SIZE);
    }

    private SetTable(Object[] keys, long[] hashes) {
        this.keys = keys;
        this.hashes = hashes;
    }

    /** An empty table of size slots (a power of two, at least MIN_SIZE). */
    private SetTable(int size) {
        keys = new Object[size];
        hashes = new long[size];
    }

    int mask() {
        return keys.length - 1;
    }

    static long hashElement(Object key) {
        if (key instanceof PyStr s) return s.hash();
        Slot.Hash h = Abstract.typeOf(key).hash;
        if (h == SlotDefs.NOT_HASHABLE || h == null) {
            throw Errors.typeError("cannot use '%s' as a set element (unhashable type: '%s')", Abstract.typeName(key), Abstract.typeName(key));
        }
        return h.hash(key);
    }

    private static boolean quickEqual(Object stored, Object key) {
        return stored == key || (stored instanceof PyStr a && key instanceof PyStr b && PyStr.sameText(a, b))
                || (stored instanceof PyInt a && key instanceof PyInt b && PyInt.compare(a, b) == 0);
    }

    /** Slot holding an element equal to key, or -1. */
    int find(Object key, long hash) {
        while (true) {
            Object[] table = keys;
            int mask = table.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    Object k = table[j];
                    if (k == null) return -1;
                    if (k != DUMMY && hashes[j] == hash) {
                        if (quickEqual(k, key)) return j;
                        boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                        if (keys != table || table[j] != k) {
                            restart = true;
                            break search;
                        }
                        if (eq) return j;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
            if (!restart) return -1;
        }
    }

    /** Adds key; false if an equal element was already present. */
    boolean add(Object key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            int mask = table.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            int freeSlot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    Object k = table[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            table[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            used++;
                            return true;
                        }
                        table[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return true;
                    }
                    if (k == DUMMY) {
                        freeSlot = j; // CPython keeps the last dummy seen before the empty slot
                    } else if (hashes[j] == hash) {
                        if (quickEqual(k, key)) return false;
                        boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                        if (keys != table || table[j] != k) continue restart;
                        if (eq) return false;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Removes the element equal to key; false if absent. */
    boolean discard(Object key, long hash) {
        int slot = find(key, hash);
        if (slot < 0) return false;
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** Rebuilds for more than minUsed elements, visiting old slots in order (as CPython). */
    void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) size <<= 1;
        if (size == MIN_SIZE && keys.length == MIN_SIZE && fill == used) return; // CPython keeps a clean small table as it is
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        fill = 0;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) insertClean(k, oldHashes[i]);
        }
    }

    /** Inserts a key known to be absent into a table without dummies. */
    void insertClean(Object key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every element of another table (CPython's set_merge). */
    void merge(SetTable other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask() * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            // Same size, no dummies: the layout can be copied slot for slot.
            for (int i = 0; i < other.keys.length; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        boolean clean = fill == 0;
        for (int i = 0; i < other.keys.length; i++) {
            Object k = other.keys[i];
            if (k == null || k == DUMMY) continue;
            if (clean) insertClean(k, other.hashes[i]);
            else add(k, other.hashes[i]);
        }
    }

    /** Removes and returns an arbitrary element (CPython's order, via the finger), or null. */
    Object pop() {
        if (used == 0) return null;
        int mask = mask();
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) i = (i + 1) & mask;
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** The elements in table order. */
    List<Object> elements() {
        List<Object> out = new ArrayList<>(used);
        Object[] table = keys;
        for (Object k : table) if (k != null && k != DUMMY) out.add(k);
        return out;
    }

    /**
     * CPython's set_copy: the elements merged into a fresh table, whose size (and so layout and
     * iteration order) may differ from this one's. Runs no Python code (the target is empty).
     */
    SetTable copyAsSet() {
        if (used == 0) return new SetTable();
        // merge() into a fresh 8-slot table, without allocating the 8 slots first when it would resize at once
        int size = MIN_SIZE;
        if ((long) used * 5 >= (long) (MIN_SIZE - 1) * 3) {
            while (size <= used * 2) size <<= 1;
        }
        SetTable t = new SetTable(size);
        if (size == keys.length && fill == used) { // merge's slot-for-slot copy
            System.arraycopy(keys, 0, t.keys, 0, size);
            System.arraycopy(hashes, 0, t.hashes, 0, size);
            t.fill = fill;
            t.used = used;
            return t;
        }
        for (int i = 0; i < keys.length; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) t.insertClean(k, hashes[i]);
        }
        return t;
    }

    /** After discarding many elements: CPython resizes dummies away once more than a quarter of the slots hold one. */
    void purgeDummiesIfMany() {
        if (fill - used > mask() / 4) resize(used > 50000 ? used * 2 : used * 4);
    }

    /** Takes over other's slots (CPython's set_swap_bodies into a set whose old table is dropped). */
    void adopt(SetTable other) {
        keys = other.keys;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
    }

    /** A raw snapshot with the same slots (for reading a mutable set's elements outside its lock). */
    SetTable copy() {
        SetTable t = new SetTable(keys.clone(), hashes.clone());
        t.fill = fill;
        t.used = used;
        return t;
    }

    /** CPython's frozenset hash: XOR of shuffled element hashes, then dispersed. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) hash ^= shuffleBits(hashes[i]);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
