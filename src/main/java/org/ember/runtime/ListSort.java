package org.ember.runtime;

/**
 * The stable sort behind list.sort: a merge sort (binary insertion for short runs) that orders
 * {@code values} by {@code keys} using only Python's {@code <}, so any consistent or
 * inconsistent __lt__ behaves as in CPython (no Java "comparison method violates its general
 * contract" can arise). Exact ints, floats and strs are compared without dispatch.
 */
final class ListSort {
    private ListSort() {}

    private static final int INSERTION_LIMIT = 16;

    /** Sorts keys and permutes values alike (values may be the same array as keys). */
    static void sort(Object[] keys, Object[] values) {
        int n = keys.length;
        if (n < 2) return;
        Object[] tmpKeys = new Object[n];
        Object[] tmpValues = keys == values ? tmpKeys : new Object[n];
        mergeSort(keys, values, tmpKeys, tmpValues, 0, n);
    }

    private static void mergeSort(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int hi) {
        if (hi - lo <= INSERTION_LIMIT) {
            insertionSort(k, v, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, v, tk, tv, lo, mid);
        mergeSort(k, v, tk, tv, mid, hi);
        if (!lessThan(k[mid], k[mid - 1])) return; // already in order
        System.arraycopy(k, lo, tk, lo, hi - lo);
        if (v != k) System.arraycopy(v, lo, tv, lo, hi - lo);
        int i = lo, j = mid, out = lo;
        while (i < mid && j < hi) {
            // Take from the right run only when strictly smaller: keeps the sort stable.
            if (lessThan(tk[j], tk[i])) {
                k[out] = tk[j];
                if (v != k) v[out] = tv[j];
                j++;
            } else {
                k[out] = tk[i];
                if (v != k) v[out] = tv[i];
                i++;
            }
            out++;
        }
        while (i < mid) {
            k[out] = tk[i];
            if (v != k) v[out] = tv[i];
            i++;
            out++;
        }
        while (j < hi) {
            k[out] = tk[j];
            if (v != k) v[out] = tv[j];
            j++;
            out++;
        }
    }

    private static void insertionSort(Object[] k, Object[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            Object key = k[i], value = v[i];
            int left = lo, right = i;
            while (left < right) { // binary search for the first element > key
                int mid = (left + right) >>> 1;
                if (lessThan(key, k[mid])) right = mid;
                else left = mid + 1;
            }
            System.arraycopy(k, left, k, left + 1, i - left);
            k[left] = key;
            if (v != k) {
                System.arraycopy(v, left, v, left + 1, i - left);
                v[left] = value;
            }
        }
    }

    static boolean lessThan(Object a, Object b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.compare((PyInt) a, (PyInt) b) < 0;
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) return ((PyFloat) a).value < ((PyFloat) b).value;
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return PyStr.compare((PyStr) a, (PyStr) b) < 0;
        if (a.getClass() == PyTuple.class && b.getClass() == PyTuple.class) { // tuple keys: no slot dispatch
            PyTuple x = (PyTuple) a, y = (PyTuple) b;
            Object r = PyTuple.compareItems(x.itemsShared(), x.size(), y.itemsShared(), y.size(), CompareOp.LT);
            return r == PyBool.TRUE || r != PyBool.FALSE && Abstract.isTrue(r);
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }
}
