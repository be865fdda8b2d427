package org.ember.runtime;

import java.util.Arrays;

/**
 * A growable array of items that a builtin method fills before the result exists (str.split's
 * parts, str.join's pieces): no monitor per item as {@link PyList#append} takes, and a list made
 * from it adopts the array instead of copying it.
 */
final class ItemBuffer {
    private Object[] items;
    private int size;

    ItemBuffer(int capacity) {
        items = new Object[Math.max(capacity, 4)];
    }

    void add(Object item) {
        if (size == items.length) items = Arrays.copyOf(items, size + (size >> 1) + 4);
        items[size++] = item;
    }

    int size() {
        return size;
    }

    Object get(int i) {
        return items[i];
    }

    /** The items in the opposite order (rsplit collects its parts from the right). */
    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** The items as a new list; the buffer must not be used afterwards. */
    PyList toList() {
        return PyList.owning(items, size);
    }
}
