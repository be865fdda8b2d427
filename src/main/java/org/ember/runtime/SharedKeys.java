package org.ember.runtime;

import java.util.Arrays;

/**
 * The attribute-name table all instances of one heap type share (CPython's split-dict keys):
 * name → index into each instance's {@code values} array. Append-only: an index once assigned
 * never changes, which is what lets a LOAD_ATTR cache keep (type version, index). Indices start
 * at {@code firstIndex}, after the type's {@code __slots__} members, which share the array.
 * When {@link #MAX_KEYS} names are taken, new names make the instance materialize a real dict.
 */
public final class SharedKeys {

    /** CPython limits shared keys to about 30 as well; beyond that a dict is cheaper. */
    public static final int MAX_KEYS = 30;

    private final int firstIndex;
    /** Replaced (never mutated in place) when a name is appended, so readers need no lock. */
    private volatile String[] names = new String[0];

    public SharedKeys(int firstIndex) {
        this.firstIndex = firstIndex;
    }

    /** The index of {@code name}, or -1 when it has none. Lock-free. */
    public int indexOf(String name) {
        String[] current = names;
        for (int i = 0; i < current.length; i++) {
            if (current[i].equals(name)) return firstIndex + i;
        }
        return -1;
    }

    /** The index of {@code name}, assigning the next one if needed; -1 when the table is full. */
    public int indexOrAdd(String name) {
        int index = indexOf(name);
        if (index >= 0) return index;
        synchronized (this) {
            index = indexOf(name);
            if (index >= 0) return index;
            String[] current = names;
            if (current.length >= MAX_KEYS) return -1;
            String[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = name;
            names = grown;
            return firstIndex + current.length;
        }
    }

    /** Name at a values index, or null for a slot index / unknown index. */
    public String nameAt(int index) {
        String[] current = names;
        int i = index - firstIndex;
        return i >= 0 && i < current.length ? current[i] : null;
    }

    public int size() {
        return names.length;
    }

    public int firstIndex() {
        return firstIndex;
    }
}
