package org.ember.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * <p>Threads (docs/threads.md, "Instance attributes without the monitor"): reads are lock-free.
 * Replacing a value that is already there (an existing attribute, a {@code __slots__} member) is
 * one compare-and-set on the array element, without the monitor. Everything that changes the
 * layout (a new attribute, a deletion, growing the array, dict materialization, {@code __dict__}
 * or {@code __class__} assignment) takes the instance's monitor. A layout change that moves
 * values out of an array first <em>freezes</em> each element it moves by swapping in
 * {@link #MOVED}: a lock-free store either lands before the swap (and is moved with the rest) or
 * its compare-and-set fails and it retries through the locked path, so no store is lost. A reader
 * that meets {@code MOVED} waits for the monitor and reads again.
 */
public abstract sealed class PyHeapObject extends PyObject permits PyInstance, PyBaseException {

    /** Element accesses of {@code values} (compare-and-set, freezing swaps). */
    private static final VarHandle ELEMENTS = MethodHandles.arrayElementVarHandle(Object[].class);

    /**
     * Marks an element whose value a locked layout change is moving elsewhere (a grown array, a
     * materialized dict). Never a Python value, never visible outside this class, and never in
     * the current {@code values} array once the monitor is released.
     */
    private static final Object MOVED = new Object();

    private volatile PyType type;
    private volatile Object[] values;
    private volatile PyDict dict;
    /** Attribute indices in insertion order, or null while that equals increasing index order. */
    private int[] order;
    /**
     * (Monitor.) One past the highest shared-key index inserted since the values were last
     * cleared: a conservative bound on the present indices, so that inserting at or above it
     * needs no scan to know that insertion order is still index order.
     */
    private int insertedTop;

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
        // Materializing first freezes the shared-key values: a store still guarded by the old
        // type's layout can no longer land in them (it fails its compare-and-set and retries).
        materializeDict();
        this.type = newType;
    }

    /** The value at a fixed index (a __slots__ member or a shared key), or null if unset. */
    public final Object valueAt(int index) {
        Object[] current = values;
        if (index >= current.length) return null;
        Object v = current[index];
        return v == MOVED ? valueAfterMove(index) : v;
    }

    /**
     * valueAt with an acquiring element read: a cleared element seen here orders the re-read of
     * {@code dict} that follows after the dict's publication (a plain read would not).
     */
    private Object valueAtAcquire(int index) {
        Object[] current = values;
        if (index >= current.length) return null;
        Object v = ELEMENTS.getAcquire(current, index);
        return v == MOVED ? valueAfterMove(index) : v;
    }

    /** A reader met a value being moved: the monitor's holder is moving it; read once it is done. */
    private synchronized Object valueAfterMove(int index) {
        Object[] current = values;
        return index < current.length ? current[index] : null;
    }

    /**
     * STORE_ATTR_INSTANCE_VALUE's fast path: stores {@code value} at a shared-key index (the
     * caller has checked the type's version) while the instance still keeps its attributes in
     * {@code values}. False means: take the generic path (the dict was materialized, or the
     * array is too short for this index yet). Replacing a present value takes no lock.
     */
    public final boolean storeAt(int index, Object value) {
        Object[] current = values;
        if (index < current.length && dict == null && replacePresent(current, index, value)) return true;
        return insertAt(index, value);
    }

    /**
     * Replaces the value at {@code index} of {@code array} if one is there, by compare-and-set;
     * false when the element is empty or frozen ({@link #MOVED}): the locked path decides then.
     */
    private static boolean replacePresent(Object[] array, int index, Object value) {
        Object old = ELEMENTS.getAcquire(array, index);
        while (old != null && old != MOVED) {
            if (ELEMENTS.compareAndSet(array, index, old, value)) return true;
            old = ELEMENTS.getAcquire(array, index);
        }
        return false;
    }

    /** storeAt's locked path: a new attribute (or a retry after a racing layout change). */
    private synchronized boolean insertAt(int index, Object value) {
        if (dict != null || index >= values.length) return false;
        if (values[index] == null) noteInsertion(index);
        ELEMENTS.setVolatile(values, index, value);
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

    /** Sets (or with null, clears) a __slots__ member. Setting one takes no lock. */
    public final void setSlot(int index, Object valueOrNull) {
        Object[] current = values;
        if (valueOrNull != null && index < current.length) {
            // A slot may be empty, so unlike replacePresent an empty element is replaced too.
            Object old = ELEMENTS.getAcquire(current, index);
            while (old != MOVED) {
                if (ELEMENTS.compareAndSet(current, index, old, valueOrNull)) return;
                old = ELEMENTS.getAcquire(current, index);
            }
        }
        setSlotLocked(index, valueOrNull);
    }

    private synchronized void setSlotLocked(int index, Object valueOrNull) {
        ensureCapacity(index + 1);
        ELEMENTS.setVolatile(values, index, valueOrNull);
    }

    /** The instance attribute {@code name} (not descriptors), or null if absent. */
    public final Object getAttribute(String name) {
        PyDict d = dict;
        if (d != null) return d.getItemStr(name);
        SharedKeys keys = type.sharedKeys();
        int index = keys == null ? -1 : keys.indexOf(name);
        Object found = index < 0 ? null : valueAtAcquire(index);
        if (found != null) return found;
        // A racing dict materialization may have moved the value: look there too. So may a
        // racing __class__ assignment, which materializes before it changes the type (whose
        // shared keys, read above, may then not know the name at all).
        d = dict;
        return d != null ? d.getItemStr(name) : null;
    }

    /** Stores an instance attribute; false when the instance has no __dict__ to store into. */
    public final synchronized boolean setAttribute(String name, Object value) {
        if (dict == null) {
            SharedKeys keys = type.hasDict() ? type.sharedKeys() : null;
            int index = keys == null ? -1 : keys.indexOrAdd(name);
            if (index >= 0) {
                ensureCapacity(index + 1);
                if (values[index] == null) noteInsertion(index);
                ELEMENTS.setVolatile(values, index, value);
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
        // A racing lock-free replacement either lands before this (and is deleted) or fails its
        // compare-and-set on the empty element and retries as an insertion, under the monitor.
        ELEMENTS.setVolatile(values, index, null);
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
        // Publish first (as materializeDict): a reader that finds a value cleared then finds the dict.
        dict = newDict;
        clearSharedValues();
    }

    private PyDict materializeDict() {
        if (dict != null) return dict;
        PyDict d = new PyDict();
        SharedKeys keys = type.sharedKeys();
        if (keys != null) {
            Object[] moving = freezeSharedValues();
            for (int index : insertionOrder(keys)) {
                Object v = moving[index];
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

    /**
     * (Monitor.) Swaps {@link #MOVED} into every shared-key element and returns what was there
     * (indexed as {@code values}). From here on no lock-free store can succeed on them.
     */
    private Object[] freezeSharedValues() {
        Object[] current = values;
        Object[] moving = new Object[current.length];
        for (int i = type.slotCount(); i < current.length; i++) moving[i] = ELEMENTS.getAndSet(current, i, MOVED);
        return moving;
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
        Object[] current = values;
        int slots = type.slotCount();
        for (int i = slots; i < current.length; i++) ELEMENTS.setVolatile(current, i, null);
        order = null;
        insertedTop = 0;
    }

    private void noteInsertion(int index) {
        if (order == null) {
            // Inserting above every index inserted so far keeps index order: no scan needed.
            if (index >= insertedTop) {
                insertedTop = index + 1;
                return;
            }
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

    /**
     * (Monitor.) Grows {@code values}, freezing the old array's elements as they are copied so
     * that a lock-free store into the old array cannot succeed after its value was copied.
     */
    private void ensureCapacity(int size) {
        Object[] old = values;
        if (old.length >= size) return;
        Object[] grown = new Object[Math.max(size, old.length * 2)];
        for (int i = 0; i < old.length; i++) grown[i] = ELEMENTS.getAndSet(old, i, MOVED);
        values = grown;
    }
}
