package org.ember.runtime;

import java.util.Arrays;

/**
 * Instances of classes that carry per-instance attributes: instances of Python classes
 * ({@link PyInstance}) and of every exception type ({@link PyBaseException}).
 *
 * <p>Attribute storage: {@code values} holds the {@code __slots__} members at fixed indices
 * followed by attributes at the indices of the type's {@link SharedKeys}. Once someone asks for
 * {@code __dict__} (or the shared keys are full, or the type has none), the attributes move into
 * a real {@link PyDict} and {@code values} keeps only the slots. Per-instance insertion order is
 * tracked (only when it differs from index order) so that a materialized {@code __dict__} lists
 * keys in the order CPython would.
 *
 * <p>Threads: reads are lock-free; writes that change the layout (new attribute, dict
 * materialization, {@code __class__} change) take the instance's monitor.
 */
public abstract sealed class PyHeapObject extends PyObject permits PyInstance, PyBaseException {

    private volatile PyType type;
    private volatile Object[] values;
    private volatile PyDict dict;
    /** Attribute indices in insertion order, or null while that equals increasing index order. */
    private int[] order;

    protected PyHeapObject(PyType type) {
        this.type = type;
        int size = type.slotCount() + (type.sharedKeys() == null ? 0 : type.sharedKeys().size());
        this.values = size == 0 ? EMPTY : new Object[Math.max(size, 4)];
    }

    private static final Object[] EMPTY = new Object[0];

    @Override
    public final PyType type() {
        return type;
    }

    /** {@code obj.__class__ = newType}; the caller checked layout compatibility. */
    public final synchronized void setType(PyType newType) {
        materializeDict();
        this.type = newType;
    }

    /** The value at a fixed index (a __slots__ member or a shared key), or null if unset. */
    public final Object valueAt(int index) {
        Object[] current = values;
        return index < current.length ? current[index] : null;
    }

    /**
     * STORE_ATTR_INSTANCE_VALUE's fast path: stores {@code value} at a shared-key index (the
     * caller has checked the type's version) while the instance still keeps its attributes in
     * {@code values}. False means: take the generic path (the dict was materialized, or the
     * array is too short for this index yet).
     */
    public final synchronized boolean storeAt(int index, Object value) {
        if (dict != null || index >= values.length) return false;
        if (values[index] == null) noteInsertion(index);
        values[index] = value;
        return true;
    }

    /** The real dict when it has been materialized, else null (never materializes it: LOAD_ATTR_WITH_HINT). */
    public final PyDict dictIfMaterialized() {
        return dict;
    }

    /** True once attributes live in a real dict (then none are in the shared-key values). */
    public final boolean dictMaterialized() {
        return dict != null;
    }

    /** Sets (or with null, clears) a __slots__ member. */
    public final synchronized void setSlot(int index, Object valueOrNull) {
        ensureCapacity(index + 1);
        values[index] = valueOrNull;
    }

    /** The instance attribute {@code name} (not descriptors), or null if absent. */
    public final Object getAttribute(String name) {
        PyDict d = dict;
        if (d != null) return d.getItemStr(name);
        SharedKeys keys = type.sharedKeys();
        if (keys == null) return null;
        int index = keys.indexOf(name);
        if (index < 0) return null;
        Object found = valueAt(index);
        // A racing dict materialization may have moved the value: look there too.
        if (found == null && dict != null) return dict.getItemStr(name);
        return found;
    }

    /** Stores an instance attribute; false when the instance has no __dict__ to store into. */
    public final synchronized boolean setAttribute(String name, Object value) {
        if (dict == null) {
            SharedKeys keys = type.hasDict() ? type.sharedKeys() : null;
            int index = keys == null ? -1 : keys.indexOrAdd(name);
            if (index >= 0) {
                ensureCapacity(index + 1);
                if (values[index] == null) noteInsertion(index);
                values[index] = value;
                return true;
            }
            if (!type.hasDict()) return false;
            materializeDict();
        }
        dict.setItem(new PyStr(name), value);
        return true;
    }

    /** Deletes an instance attribute; false when it was not there. */
    public final synchronized boolean deleteAttribute(String name) {
        if (dict != null) return dict.delItemIfPresent(new PyStr(name));
        SharedKeys keys = type.sharedKeys();
        int index = keys == null ? -1 : keys.indexOf(name);
        if (index < 0 || valueAt(index) == null) return false;
        values[index] = null;
        noteDeletion(index);
        return true;
    }

    /** {@code __dict__}: materializes the real dict on first request; null if the type has none. */
    public final PyDict dict() {
        PyDict d = dict;
        if (d != null || !type.hasDict()) return d;
        synchronized (this) {
            return materializeDict();
        }
    }

    /** {@code obj.__dict__ = newDict}. */
    public final synchronized void setDict(PyDict newDict) {
        clearSharedValues();
        dict = newDict;
    }

    private PyDict materializeDict() {
        if (dict != null) return dict;
        PyDict d = new PyDict();
        SharedKeys keys = type.sharedKeys();
        if (keys != null) {
            for (int index : insertionOrder(keys)) {
                Object v = values[index];
                if (v != null) d.setItem(new PyStr(keys.nameAt(index)), v);
            }
        }
        // Publish the dict before clearing the shared values: a reader that finds a value gone
        // (getAttribute) then looks in the dict, which must already be there. (Clearing first let
        // a racing `obj.attr` fail with AttributeError: ThreadStressTest's mutating_classes.)
        dict = d;
        if (keys != null) clearSharedValues();
        return d;
    }

    private int[] insertionOrder(SharedKeys keys) {
        if (order != null) {
            return order.clone();
        }
        int first = keys.firstIndex();
        int[] result = new int[Math.max(0, Math.min(values.length, first + keys.size()) - first)];
        for (int i = 0; i < result.length; i++) result[i] = first + i;
        return result;
    }

    private void clearSharedValues() {
        int slots = type.slotCount();
        for (int i = slots; i < values.length; i++) values[i] = null;
        order = null;
    }

    private void noteInsertion(int index) {
        if (order == null) {
            boolean laterPresent = false;
            for (int i = index + 1; i < values.length; i++) laterPresent |= values[i] != null;
            if (!laterPresent) return;
            order = presentIndices();
        }
        order = Arrays.copyOf(order, order.length + 1);
        order[order.length - 1] = index;
    }

    private int[] presentIndices() {
        int first = type.slotCount();
        int[] present = new int[values.length];
        int n = 0;
        for (int i = first; i < values.length; i++) if (values[i] != null) present[n++] = i;
        return Arrays.copyOf(present, n);
    }

    private void noteDeletion(int index) {
        if (order == null) return;
        int[] kept = new int[order.length];
        int n = 0;
        for (int b : order) if (b != index) kept[n++] = b;
        order = Arrays.copyOf(kept, n);
    }

    private void ensureCapacity(int size) {
        if (values.length < size) values = Arrays.copyOf(values, Math.max(size, values.length * 2));
    }
}
