package org.ember.runtime;

/**
 * The stable sort behind list.sort and sorted(): Ember's implementation of the algorithm CPython
 * documents in Objects/listsort.txt (a natural merge sort, "timsort" with the "powersort" merge
 * policy). It makes the same comparisons, in the same order, on the same operands as CPython's
 * list.sort, so every comparison function gives the same result as there, including
 * inconsistent ones (NaN keys, an {@code __lt__} that lies) and ones that raise part-way: the
 * array is then left in the same partial permutation as CPython's list.
 *
 * <p>The steps: find a natural run at the current position ({@link #countRun}; a descending
 * run is reversed, all-equal blocks inside it first so that stability survives), extend a short
 * run to {@code minrun} by binary insertion ({@link #binarySort}), push it on a stack of pending
 * runs after merging the runs whose "power" (depth in a conceptual balanced merge tree) is
 * greater than the new boundary's ({@link #foundNewRun}), and merge what is left at the end
 * ({@link #forceCollapse}). A merge first gallops to skip the prefix of the left run and the
 * suffix of the right run that are already in place, then merges from the shorter side
 * ({@link #mergeLo}, {@link #mergeHi}) in one-at-a-time mode, switching to galloping (exponential
 * then binary search) while one side keeps winning; {@code minGallop} adapts how soon.
 *
 * <p>Only {@code <} is ever used. Before sorting, the keys are checked once: when they are all
 * exact ints, floats or strs, or all non-empty tuples, comparisons take a direct path instead of
 * the comparison protocol (the results are the same: these types' ordering cannot be
 * overridden); anything else goes through {@link Abstract#richCompareBool}.
 */
final class ListSort {
    private static final int MAX_MINRUN = 64;
    private static final int MIN_GALLOP = 7;
    /** Enough for any int-sized array: run lengths on the stack grow at least like Fibonacci. */
    private static final int MAX_PENDING = 85;

    // How two keys are compared, chosen once by looking at all keys (CPython's pre-sort check).
    private static final int GENERIC = 0, INTS = 1, FLOATS = 2, STRS = 3, TUPLES = 4;

    private final Object[] keys;
    /** Permuted in lockstep with keys; null when the keys are the values (no key function). */
    private final Object[] values;
    private final int mode;
    private final int listLength;

    private static final Object[] NO_ITEMS = {};
    private static final int[] NO_RUNS = {};

    private Object[] tmpKeys = NO_ITEMS;
    private Object[] tmpValues;
    private int minGallop = MIN_GALLOP;

    // The stack of pending runs: run i is keys[runBase[i] .. runBase[i] + runLength[i]).
    // A list shorter than MAX_MINRUN is one run (see run()): no stack, so sorting a few items
    // (sorted() of a small set, in a loop) allocates nothing beyond this object.
    private final int[] runBase;
    private final int[] runLength;
    private final int[] runPower;
    private int pending;

    private ListSort(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.listLength = keys.length;
        this.mode = chooseMode(keys);
        boolean oneRun = listLength < MAX_MINRUN;
        this.runBase = oneRun ? NO_RUNS : new int[MAX_PENDING];
        this.runLength = oneRun ? NO_RUNS : new int[MAX_PENDING];
        this.runPower = oneRun ? NO_RUNS : new int[MAX_PENDING];
    }

    /**
     * Sorts keys and permutes values alike; values is null or a different array of the same
     * length. A comparison that raises propagates its exception, leaving both arrays in some
     * permutation of their input (CPython's).
     */
    static void sort(Object[] keys, Object[] values) {
        if (keys.length < 2) return;
        new ListSort(keys, values).run();
    }

    private void run() {
        if (listLength < MAX_MINRUN) { // minrun is the length itself: one run, extended to the end, nothing to merge
            int n = countRun(0, listLength);
            if (n < listLength) binarySort(0, listLength, n);
            return;
        }
        int remaining = listLength;
        int minRun = computeMinRun(remaining);
        int lo = 0;
        do {
            int n = countRun(lo, remaining);
            if (n < minRun) { // extend a short run by binary insertion
                int force = Math.min(remaining, minRun);
                binarySort(lo, force, n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLength[pending] = n;
            pending++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        forceCollapse();
    }

    /** n itself below 64; else a length in 32..64 such that n / minrun is just below a power of 2. */
    private static int computeMinRun(int n) {
        int shiftedOff = 0; // becomes 1 if any 1 bit is shifted off
        while (n >= MAX_MINRUN) {
            shiftedOff |= n & 1;
            n >>= 1;
        }
        return n + shiftedOff;
    }

    // ---- runs ----

    /**
     * The length of the run starting at lo (at most remaining long), made ascending in place: a
     * non-descending prefix, or a descending one (equal neighbours allowed, their blocks
     * reversed first so the final reversal keeps them in order), possibly continued by an
     * ascending suffix after the reversal.
     */
    private int countRun(int lo, int remaining) {
        Object[] k = keys;
        int n = 1;
        while (n < remaining && !lt(k[lo + n], k[lo + n - 1])) n++;
        if (n == remaining) return n;
        // k[lo + n] is strictly less than its predecessor.
        if (n > 1) {
            if (lt(k[lo], k[lo + n - 1])) return n; // the prefix rose somewhere: an ascending run
            reverse(lo, n); // the prefix is all equal: it starts a descending run
        }
        n++;
        int equalRun = 0; // how many of the latest neighbours were equal
        for (; n < remaining; n++) {
            if (lt(k[lo + n], k[lo + n - 1])) {
                equalRun = reverseEqualBlock(lo + n, equalRun);
            } else if (lt(k[lo + n - 1], k[lo + n])) {
                break; // the descending run is over
            } else {
                equalRun++;
            }
        }
        reverseEqualBlock(lo + n, equalRun);
        reverse(lo, n);
        while (n < remaining && !lt(k[lo + n], k[lo + n - 1])) n++;
        return n;
    }

    /** Reverses the block of equalRun + 1 equal keys ending before end; returns the new count, 0. */
    private int reverseEqualBlock(int end, int equalRun) {
        if (equalRun > 0) reverse(end - equalRun - 1, equalRun + 1);
        return 0;
    }

    private void reverse(int from, int n) {
        reverseRange(keys, from, from + n - 1);
        if (values != null) reverseRange(values, from, from + n - 1);
    }

    private static void reverseRange(Object[] a, int i, int j) {
        for (; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Sorts keys[lo .. lo+n) by binary insertion; keys[lo .. lo+sorted) is already sorted. */
    private void binarySort(int lo, int n, int sorted) {
        Object[] k = keys, v = values;
        for (int i = Math.max(sorted, 1); i < n; i++) {
            Object pivot = k[lo + i];
            int left = 0, right = i;
            do { // k[lo..lo+left) <= pivot < k[lo+right..lo+i)
                int mid = (left + right) >>> 1;
                if (lt(pivot, k[lo + mid])) right = mid;
                else left = mid + 1;
            } while (left < right);
            System.arraycopy(k, lo + left, k, lo + left + 1, i - left);
            k[lo + left] = pivot;
            if (v != null) {
                Object value = v[lo + i];
                System.arraycopy(v, lo + left, v, lo + left + 1, i - left);
                v[lo + left] = value;
            }
        }
    }

    // ---- the merge policy ----

    /**
     * A run of length n2 follows the top of the stack: merges the runs below the top whose
     * power exceeds the power of the boundary between the top and the new run.
     */
    private void foundNewRun(int n2) {
        if (pending == 0) return;
        int top = pending - 1;
        int power = power(runBase[top], runLength[top], n2, listLength);
        while (pending > 1 && runPower[pending - 2] > power) mergeAt(pending - 2);
        runPower[pending - 1] = power;
    }

    /**
     * The power of the boundary between the run [s1, s1+n1) and the next one of length n2: the
     * first bit position where the binary fractions (midpoint of each run) / n differ.
     */
    private static int power(int s1, int n1, int n2, int n) {
        long a = 2L * s1 + n1; // twice the first run's midpoint
        long b = a + n1 + n2;  // twice the second run's midpoint
        int result = 0;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    private void forceCollapse() {
        while (pending > 1) {
            int i = pending - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) i--;
            mergeAt(i);
        }
    }

    /** Merges the runs at stack indices i and i+1 (i is the second or third from the top). */
    private void mergeAt(int i) {
        int baseA = runBase[i], lengthA = runLength[i];
        int baseB = runBase[i + 1], lengthB = runLength[i + 1];
        runLength[i] = lengthA + lengthB;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;

        // Elements of A before where B's first belongs are already in place.
        int skip = gallopRight(keys[baseB], keys, baseA, lengthA, 0);
        baseA += skip;
        lengthA -= skip;
        if (lengthA == 0) return;
        // Elements of B after where A's last belongs are already in place.
        lengthB = gallopLeft(keys[baseA + lengthA - 1], keys, baseB, lengthB, lengthB - 1);
        if (lengthB <= 0) return;
        if (lengthA <= lengthB) mergeLo(baseA, lengthA, baseB, lengthB);
        else mergeHi(baseA, lengthA, baseB, lengthB);
    }

    // ---- merging ----

    private void ensureTemp(int n) {
        if (tmpKeys.length >= n) return;
        int size = Math.max(n, Math.min(listLength / 2 + 1, Math.max(2 * tmpKeys.length, 256)));
        tmpKeys = new Object[size];
        if (values != null) tmpValues = new Object[size];
    }

    private static final int COPY_REST = 0, LAST_ONE_LEFT = 1;

    /**
     * Merges run A = keys[a0 .. a0+na) with the run B right after it (nb long), na <= nb,
     * left to right with A copied aside. A's last element belongs at the end and B's first at
     * the start (mergeAt made it so). Whatever way it ends, normally or by an exception from a
     * comparison, the finally block puts back what is still aside.
     */
    private void mergeLo(int a0, int na, int b0, int nb) {
        ensureTemp(na);
        Object[] k = keys, v = values, tk = tmpKeys, tv = tmpValues;
        System.arraycopy(k, a0, tk, 0, na);
        if (v != null) System.arraycopy(v, a0, tv, 0, na);
        int dest = a0, a = 0, b = b0; // a indexes the copy of A, b indexes keys
        int exit = COPY_REST;
        try {
            move(k, v, b++, k, v, dest++);
            if (--nb == 0) return;
            if (na == 1) {
                exit = LAST_ONE_LEFT;
                return;
            }
            int minGallop = this.minGallop;
            for (;;) {
                int winsA = 0, winsB = 0; // how many times in a row each run won
                for (;;) { // one at a time until one run seems to win consistently
                    if (lt(k[b], tk[a])) {
                        move(k, v, b++, k, v, dest++);
                        winsB++;
                        winsA = 0;
                        if (--nb == 0) return;
                        if (winsB >= minGallop) break;
                    } else {
                        move(tk, tv, a++, k, v, dest++);
                        winsA++;
                        winsB = 0;
                        if (--na == 1) {
                            exit = LAST_ONE_LEFT;
                            return;
                        }
                        if (winsA >= minGallop) break;
                    }
                }
                minGallop++;
                do { // gallop while either run wins by MIN_GALLOP or more
                    if (minGallop > 1) minGallop--;
                    this.minGallop = minGallop;
                    winsA = gallopRight(k[b], tk, a, na, 0);
                    if (winsA != 0) {
                        moveBlock(tk, tv, a, k, v, dest, winsA);
                        dest += winsA;
                        a += winsA;
                        na -= winsA;
                        if (na == 1) {
                            exit = LAST_ONE_LEFT;
                            return;
                        }
                        if (na == 0) return; // impossible for a consistent comparison
                    }
                    move(k, v, b++, k, v, dest++);
                    if (--nb == 0) return;

                    winsB = gallopLeft(tk[a], k, b, nb, 0);
                    if (winsB != 0) {
                        moveBlock(k, v, b, k, v, dest, winsB);
                        dest += winsB;
                        b += winsB;
                        nb -= winsB;
                        if (nb == 0) return;
                    }
                    move(tk, tv, a++, k, v, dest++);
                    if (--na == 1) {
                        exit = LAST_ONE_LEFT;
                        return;
                    }
                } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
                minGallop++; // penalize leaving galloping mode
                this.minGallop = minGallop;
            }
        } finally {
            if (exit == LAST_ONE_LEFT) { // the rest of B, then A's last element
                moveBlock(k, v, b, k, v, dest, nb);
                move(tk, tv, a, k, v, dest + nb);
            } else if (na > 0) {
                moveBlock(tk, tv, a, k, v, dest, na);
            }
        }
    }

    /**
     * Merges run A = keys[a0 .. a0+na) with the run B right after it (nb long), na >= nb,
     * right to left with B copied aside; the mirror image of {@link #mergeLo}.
     */
    private void mergeHi(int a0, int na, int b0, int nb) {
        ensureTemp(nb);
        Object[] k = keys, v = values, tk = tmpKeys, tv = tmpValues;
        System.arraycopy(k, b0, tk, 0, nb);
        if (v != null) System.arraycopy(v, b0, tv, 0, nb);
        int dest = b0 + nb - 1, a = a0 + na - 1, b = nb - 1; // b indexes the copy of B
        int exit = COPY_REST;
        try {
            move(k, v, a--, k, v, dest--);
            if (--na == 0) return;
            if (nb == 1) {
                exit = LAST_ONE_LEFT;
                return;
            }
            int minGallop = this.minGallop;
            for (;;) {
                int winsA = 0, winsB = 0;
                for (;;) {
                    if (lt(tk[b], k[a])) {
                        move(k, v, a--, k, v, dest--);
                        winsA++;
                        winsB = 0;
                        if (--na == 0) return;
                        if (winsA >= minGallop) break;
                    } else {
                        move(tk, tv, b--, k, v, dest--);
                        winsB++;
                        winsA = 0;
                        if (--nb == 1) {
                            exit = LAST_ONE_LEFT;
                            return;
                        }
                        if (winsB >= minGallop) break;
                    }
                }
                minGallop++;
                do {
                    if (minGallop > 1) minGallop--;
                    this.minGallop = minGallop;
                    winsA = na - gallopRight(tk[b], k, a0, na, na - 1);
                    if (winsA != 0) {
                        dest -= winsA;
                        a -= winsA;
                        moveBlock(k, v, a + 1, k, v, dest + 1, winsA);
                        na -= winsA;
                        if (na == 0) return;
                    }
                    move(tk, tv, b--, k, v, dest--);
                    if (--nb == 1) {
                        exit = LAST_ONE_LEFT;
                        return;
                    }

                    winsB = nb - gallopLeft(k[a], tk, 0, nb, nb - 1);
                    if (winsB != 0) {
                        dest -= winsB;
                        b -= winsB;
                        moveBlock(tk, tv, b + 1, k, v, dest + 1, winsB);
                        nb -= winsB;
                        if (nb == 1) {
                            exit = LAST_ONE_LEFT;
                            return;
                        }
                        if (nb == 0) return; // impossible for a consistent comparison
                    }
                    move(k, v, a--, k, v, dest--);
                    if (--na == 0) return;
                } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
                minGallop++;
                this.minGallop = minGallop;
            }
        } finally {
            if (exit == LAST_ONE_LEFT) { // the rest of A, then B's first element before it
                dest -= na;
                a -= na;
                moveBlock(k, v, a + 1, k, v, dest + 1, na);
                move(tk, tv, b, k, v, dest);
            } else if (nb > 0) {
                moveBlock(tk, tv, 0, k, v, dest - nb + 1, nb);
            }
        }
    }

    private static void move(Object[] fromKeys, Object[] fromValues, int from, Object[] toKeys, Object[] toValues, int to) {
        toKeys[to] = fromKeys[from];
        if (toValues != null) toValues[to] = fromValues[from];
    }

    private static void moveBlock(Object[] fromKeys, Object[] fromValues, int from, Object[] toKeys, Object[] toValues, int to, int n) {
        System.arraycopy(fromKeys, from, toKeys, to, n);
        if (toValues != null) System.arraycopy(fromValues, from, toValues, to, n);
    }

    // ---- galloping ----

    /**
     * Where key belongs in the sorted a[base .. base+n), to the left of any equal elements: the
     * k in 0..n with a[base+k-1] < key <= a[base+k]. Searches outwards from hint by doubling
     * steps, then by bisection.
     */
    private int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(a[base + hint], key)) { // gallop right: a[hint+lastOfs] < key <= a[hint+ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = nextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        } else { // gallop left: a[hint-ofs] < key <= a[hint-lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = nextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        lastOfs++;
        while (lastOfs < ofs) { // a[lastOfs-1] < key <= a[ofs]
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(a[base + m], key)) lastOfs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** Like {@link #gallopLeft} but to the right of any equal elements: a[k-1] <= key < a[k]. */
    private int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(key, a[base + hint])) { // gallop left: a[hint-ofs] <= key < a[hint-lastOfs]
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = nextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else { // gallop right: a[hint+lastOfs] <= key < a[hint+ofs]
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = nextOffset(ofs, maxOfs);
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) { // a[lastOfs-1] <= key < a[ofs]
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastOfs = m + 1;
        }
        return ofs;
    }

    /** 2 * ofs + 1, or maxOfs if that would overflow an int (arrays of over 2^30 elements). */
    private static int nextOffset(int ofs, int maxOfs) {
        int next = (ofs << 1) + 1;
        return next > 0 ? next : maxOfs;
    }

    // ---- comparing ----

    private static int chooseMode(Object[] keys) {
        Class<?> first = keys[0].getClass();
        if (first != PyInt.class && first != PyFloat.class && first != PyStr.class && first != PyTuple.class) {
            return GENERIC;
        }
        for (Object key : keys) {
            if (key.getClass() != first) return GENERIC;
        }
        if (first == PyInt.class) return INTS;
        if (first == PyFloat.class) return FLOATS;
        if (first == PyStr.class) return STRS;
        return TUPLES;
    }

    /** keys' {@code a < b}, by the route the pre-sort check chose; may run Python code and raise. */
    private boolean lt(Object a, Object b) {
        return switch (mode) {
            case INTS -> PyInt.compare((PyInt) a, (PyInt) b) < 0;
            case FLOATS -> ((PyFloat) a).value < ((PyFloat) b).value;
            case STRS -> PyStr.compare((PyStr) a, (PyStr) b) < 0;
            case TUPLES -> tupleLessThan((PyTuple) a, (PyTuple) b);
            default -> lessThan(a, b);
        };
    }

    private static boolean tupleLessThan(PyTuple x, PyTuple y) {
        Object r = PyTuple.compareItems(x.itemsShared(), x.size(), y.itemsShared(), y.size(), CompareOp.LT);
        return r == PyBool.TRUE || r != PyBool.FALSE && Abstract.isTrue(r);
    }

    static boolean lessThan(Object a, Object b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return PyInt.compare((PyInt) a, (PyInt) b) < 0;
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) return ((PyFloat) a).value < ((PyFloat) b).value;
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return PyStr.compare((PyStr) a, (PyStr) b) < 0;
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }
}
