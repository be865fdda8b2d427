package org.ember.compiler;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A basic block's instructions. A block made by {@link FlowGraph#build} starts as a slice of one
 * array holding the whole unit's instructions in order (the blocks are consecutive runs of it),
 * so building the graph allocates no array per block; the block's list copies its slice into an
 * array of its own only when it must grow past it. Blocks the passes create start empty.
 *
 * <p>Slots past {@link #size()} are the block's own (a slice never reaches into the next
 * block's), so removing and re-adding instructions stays within the slice.
 */
final class InstrList extends AbstractList<Instr> implements RandomAccess {
    private static final Instr[] EMPTY = new Instr[0];

    private Instr[] items = EMPTY;
    /** Where the list starts in {@link #items}. */
    private int start;
    private int size;
    /** Slots usable from {@link #start} on. */
    private int capacity;

    /** Makes the list the empty start of a slice of {@code shared} at {@code from} (FlowGraph.build). */
    void startSlice(Instr[] shared, int from) {
        items = shared;
        start = from;
        size = 0;
        capacity = 0;
    }

    /**
     * Takes the next instruction of the slice into the list: {@code shared[start + size]} is
     * already that instruction, so only the bounds move (FlowGraph.build).
     */
    void extendSlice() {
        size++;
        capacity = size;
    }

    @Override
    public Instr get(int index) {
        Objects.checkIndex(index, size);
        return items[start + index];
    }

    @Override
    public Instr set(int index, Instr instr) {
        Objects.checkIndex(index, size);
        Instr old = items[start + index];
        items[start + index] = instr;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** The last instruction, or null when the list is empty. */
    Instr last() {
        return size == 0 ? null : items[start + size - 1];
    }

    @Override
    public boolean add(Instr instr) {
        if (size == capacity) grow(size + 1);
        items[start + size++] = instr;
        return true;
    }

    @Override
    public void add(int index, Instr instr) {
        Objects.checkIndex(index, size + 1);
        if (size == capacity) grow(size + 1);
        int at = start + index;
        System.arraycopy(items, at, items, at + 1, size - index);
        items[at] = instr;
        size++;
    }

    @Override
    public Instr remove(int index) {
        Objects.checkIndex(index, size);
        int at = start + index;
        Instr old = items[at];
        System.arraycopy(items, at + 1, items, at, size - index - 1);
        size--;
        return old;
    }

    /** Keeps the first {@code newSize} instructions (the slots past them stay the list's own). */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) throw new IndexOutOfBoundsException(newSize);
        size = newSize;
    }

    @Override
    public void clear() {
        size = 0;
    }

    /** Copies into an array of the list's own, with room for {@code minCapacity}. */
    private void grow(int minCapacity) {
        int newCapacity = Math.max(minCapacity, Math.max(4, capacity + (capacity >> 1)));
        items = Arrays.copyOfRange(items, start, start + newCapacity);
        start = 0;
        capacity = newCapacity;
    }

    @Override
    public Iterator<Instr> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Instr next() {
                if (next >= size) throw new NoSuchElementException();
                return items[start + next++];
            }
        };
    }
}
