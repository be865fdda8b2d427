package org.ember.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.TypeBuilder;

/**
 * {@code itertools}: every iterator type of CPython 3.14's module, each lazy (it takes items from
 * its inputs only when asked) and subclassable. Every iterator is an {@link It} over a
 * {@link Source}; {@code next} holds the iterator's monitor, so one iterator shared by several
 * threads hands out each item once and never corrupts its state.
 */
public final class Itertools {
    private Itertools() {}

    /** The state machine of one iterator: the next item, or null when exhausted. */
    interface Source {
        Object next();

        /** The repr, or null for the default {@code <itertools.x object at ...>}. */
        default String repr() {
            return null;
        }
    }

    /** Builds the source from the constructor's bound arguments. */
    @FunctionalInterface
    interface Factory {
        Source make(Object[] bound);
    }

    /** An itertools iterator; after exhaustion it stays exhausted (and drops its inputs). */
    static final class It extends PyObject {
        private final PyType type;
        private Source source;

        It(PyType type, Source source) {
            this.type = type;
            this.source = source;
        }

        @Override
        public PyType type() {
            return type;
        }

        synchronized Object next() {
            if (source == null) return null;
            Object item = source.next();
            // Drop the inputs once exhausted; repeat keeps its state for its repr.
            if (item == null && !(source instanceof Repeat)) source = null;
            return item;
        }

        Source source() {
            return source;
        }
    }

    static It unwrap(Object self) {
        return self instanceof It it ? it : (It) ((PyInstance) self).base;
    }

    /**
     * Binds a constructor's arguments. As in CPython, a positional-only constructor called for a
     * subclass that overrides __init__ leaves the keywords to that __init__ instead of refusing them.
     */
    private static Object[] bindArgs(ArgSpec spec, PyType base, PyType type, Object[] args, int off, int n, PyTuple kw) {
        boolean positionalOnly = spec.style() == ArgSpec.Style.POSITIONAL || spec.style() == ArgSpec.Style.VARARGS;
        boolean keywordsForInit = kw != null && kw.size() > 0 && type != base && positionalOnly
                && type.lookup("__init__") != base.lookup("__init__");
        return keywordsForInit ? spec.bind(args, off, n - kw.size(), null) : spec.bind(args, off, n, kw);
    }

    /** Defines an itertools type whose constructor binds its arguments with {@code spec}. */
    private static PyType define(String name, ArgSpec spec, Factory factory, java.util.function.Consumer<TypeBuilder> extra) {
        PyType[] holder = new PyType[1];
        holder[0] = PyType.builtin(name, It.class).module("itertools").subclassable()
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) ->
                            type.wrap(new It(holder[0], factory.make(bindArgs(spec, holder[0], type, args, off, n, kw))));
                    t.iter = self -> self;
                    t.iternext = self -> unwrap(self).next();
                    t.repr = self -> {
                        Source s = unwrap(self).source();
                        String r = s == null ? null : s.repr();
                        if (r == null) r = "<itertools." + Abstract.typeName(self) + " object at " + Abstract.addressOf(self) + ">";
                        return new PyStr(r);
                    };
                })
                .dict(d -> extra.accept(d))
                .build();
        return holder[0];
    }

    private static PyType define(String name, ArgSpec spec, Factory factory) {
        return define(name, spec, factory, d -> {});
    }

    static final PyType COUNT = define("count", ArgSpec.keywords("count", 0, 0, 2, "start", "step"), Itertools::count);
    static final PyType CYCLE = define("cycle", ArgSpec.positional("cycle", 1, 1), a -> cycle(a[0]));
    static final PyType REPEAT = define("repeat", ArgSpec.keywords("repeat", 0, 1, 2, "object", "times"), Itertools::repeat,
            d -> d.method0("__length_hint__", self -> {
                Source s = unwrap(self).source();
                if (s == null) return PyInt.ZERO;
                long left = ((Repeat) s).left;
                if (left < 0) throw Errors.typeError("len() of unsized object");
                return PyInt.of(left);
            }));
    static final PyType ACCUMULATE = define("accumulate", ArgSpec.keywords("accumulate", 0, 1, 2, "iterable", "func", "initial"),
            a -> accumulate(a[0], a[1], a[2]));
    static final PyType BATCHED = define("batched", ArgSpec.keywords("batched", 0, 2, 2, "iterable", "n", "strict"),
            a -> batched(a[0], a[1], a[2]));
    static final PyType CHAIN = define("chain", ArgSpec.varargs("chain"), a -> chain(Abstract.getIter(a[0])),
            d -> d.classMethod("from_iterable", ArgSpec.one("from_iterable"), (cls, a) ->
                    ((PyType) cls).wrap(new It(Itertools.CHAIN, chain(Abstract.getIter(a[0]))))));
    static final PyType COMPRESS = define("compress", ArgSpec.keywords("compress", 0, 2, 2, "data", "selectors"),
            a -> compress(a[0], a[1]));
    static final PyType DROPWHILE = define("dropwhile", ArgSpec.positional("dropwhile", 2, 2), a -> dropwhile(a[0], a[1]));
    static final PyType TAKEWHILE = define("takewhile", ArgSpec.positional("takewhile", 2, 2), a -> takewhile(a[0], a[1]));
    static final PyType FILTERFALSE = define("filterfalse", ArgSpec.positional("filterfalse", 2, 2), a -> filterfalse(a[0], a[1]));
    static final PyType GROUPBY = define("groupby", ArgSpec.keywords("groupby", 0, 1, 2, "iterable", "key"), a -> new GroupBy(a[0], a[1]));
    static final PyType GROUPER = define("_grouper", ArgSpec.positional("_grouper", 2, 2),
            a -> { throw Errors.typeError("cannot create 'itertools._grouper' instances"); });
    static final PyType ISLICE = define("islice", ArgSpec.positional("islice", 2, 4), Itertools::islice);
    static final PyType PAIRWISE = define("pairwise", ArgSpec.positional("pairwise", 1, 1), a -> pairwise(a[0]));
    static final PyType STARMAP = define("starmap", ArgSpec.positional("starmap", 2, 2), a -> starmap(a[0], a[1]));
    static final PyType TEE = define("_tee", ArgSpec.positional("_tee", 1, 1), a -> teeFrom(a[0]),
            d -> d.method0("__copy__", self -> {
                Source s = unwrap(self).source();
                return new It(Itertools.TEE, s == null ? () -> null : ((Tee) s).copy());
            }));
    static final PyType ZIP_LONGEST = define("zip_longest", ArgSpec.vector("zip_longest"), Itertools::zipLongest);
    static final PyType PRODUCT = define("product", ArgSpec.vector("product"), Itertools::product);
    static final PyType PERMUTATIONS = define("permutations", ArgSpec.keywords("permutations", 0, 1, 2, "iterable", "r"),
            a -> permutations(a[0], a[1]));
    static final PyType COMBINATIONS = define("combinations", ArgSpec.keywords("combinations", 0, 2, 2, "iterable", "r"),
            a -> combinations(a[0], a[1], false));
    static final PyType COMBINATIONS_WR = define("combinations_with_replacement",
            ArgSpec.keywords("combinations_with_replacement", 0, 2, 2, "iterable", "r"), a -> combinations(a[0], a[1], true));

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, BATCHED, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
                FILTERFALSE, GROUPBY, GROUPER, ISLICE, PAIRWISE, STARMAP, TEE, ZIP_LONGEST, PRODUCT, PERMUTATIONS,
                COMBINATIONS, COMBINATIONS_WR}) {
            m.dict().setItem(new PyStr(t.name()), t);
        }
        m.dict().setItem(new PyStr("tee"), new org.ember.runtime.PyBuiltinFunction(ArgSpec.positional("tee", 1, 2), m,
                (self, a) -> tee(a[0], a[1])));
        return m;
    }

    // ---- infinite iterators ----

    private static boolean isNumber(Object o) {
        if (o instanceof PyInt || o instanceof PyFloat) return true;
        PyType t = Abstract.typeOf(o);
        return t.index != null || t.toInt != null || t.toFloat != null || t.name().equals("complex");
    }

    private static Source count(Object[] a) {
        Object start = a[0] == null ? PyInt.ZERO : a[0], step = a[1] == null ? PyInt.ONE : a[1];
        if (!isNumber(start) || !isNumber(step)) throw Errors.typeError("a number is required");
        return new Source() {
            Object current = start;

            @Override
            public Object next() {
                Object value = current;
                current = Abstract.binaryOp(current, step, BinOp.ADD);
                return value;
            }

            @Override
            public String repr() {
                boolean unitStep = step.getClass() == PyInt.class && ((PyInt) step).fitsLong() && ((PyInt) step).longValue() == 1;
                String s = Abstract.repr(current).value();
                return unitStep ? "count(" + s + ")" : "count(" + s + ", " + Abstract.repr(step).value() + ")";
            }
        };
    }

    private static Source cycle(Object iterable) {
        Object it = Abstract.getIter(iterable);
        List<Object> saved = new ArrayList<>();
        return new Source() {
            boolean replaying;
            int index;

            @Override
            public Object next() {
                if (!replaying) {
                    Object item = Abstract.next(it);
                    if (item != null) {
                        saved.add(item);
                        return item;
                    }
                    if (saved.isEmpty()) return null;
                    replaying = true;
                }
                Object item = saved.get(index);
                index = (index + 1) % saved.size();
                return item;
            }
        };
    }

    /** repeat's state: {@code left} is -1 for forever. */
    static final class Repeat implements Source {
        final Object value;
        long left;

        Repeat(Object value, long left) {
            this.value = value;
            this.left = left;
        }

        @Override
        public Object next() {
            if (left == 0) return null;
            if (left > 0) left--;
            return value;
        }

        @Override
        public String repr() {
            String v = Abstract.repr(value).value();
            return left < 0 ? "repeat(" + v + ")" : "repeat(" + v + ", " + left + ")";
        }
    }

    private static Source repeat(Object[] a) {
        long times = a[1] == null ? -1 : Math.max(0, Abstract.asSize(a[1], null));
        return new Repeat(a[0], times);
    }

    // ---- iterators over one input ----

    private static Source accumulate(Object iterable, Object func, Object initial) {
        Object it = Abstract.getIter(iterable);
        Object f = func == PyNone.NONE ? null : func;
        return new Source() {
            Object total = initial == PyNone.NONE ? null : initial;
            boolean initialPending = total != null;

            @Override
            public Object next() {
                if (initialPending) {
                    initialPending = false;
                    return total;
                }
                Object item = Abstract.next(it);
                if (item == null) return null;
                if (total == null) total = item;
                else total = f == null ? Abstract.binaryOp(total, item, BinOp.ADD) : Abstract.call(f, total, item);
                return total;
            }
        };
    }

    private static Source batched(Object iterable, Object nArg, Object strictArg) {
        long n = Abstract.asSize(nArg, null);
        if (n < 1) throw Errors.valueError("n must be at least one");
        boolean strict = strictArg != null && Abstract.isTrue(strictArg);
        Object it = Abstract.getIter(iterable);
        return () -> {
            List<Object> batch = new ArrayList<>();
            while (batch.size() < n) {
                Object item = Abstract.next(it);
                if (item == null) break;
                batch.add(item);
            }
            if (batch.isEmpty()) return null;
            if (strict && batch.size() < n) throw Errors.valueError("batched(): incomplete batch");
            return PyTuple.of(batch.toArray());
        };
    }

    private static Source chain(Object iterables) {
        return new Source() {
            Object current;

            @Override
            public Object next() {
                while (true) {
                    if (current == null) {
                        Object nextIterable = Abstract.next(iterables);
                        if (nextIterable == null) return null;
                        current = Abstract.getIter(nextIterable);
                    }
                    Object item = Abstract.next(current);
                    if (item != null) return item;
                    current = null;
                }
            }
        };
    }

    private static Source compress(Object data, Object selectors) {
        Object dataIt = Abstract.getIter(data), selIt = Abstract.getIter(selectors);
        return () -> {
            while (true) {
                Object item = Abstract.next(dataIt);
                if (item == null) return null;
                Object selector = Abstract.next(selIt);
                if (selector == null) return null;
                if (Abstract.isTrue(selector)) return item;
            }
        };
    }

    private static Source dropwhile(Object predicate, Object iterable) {
        Object it = Abstract.getIter(iterable);
        return new Source() {
            boolean dropping = true;

            @Override
            public Object next() {
                while (true) {
                    Object item = Abstract.next(it);
                    if (item == null) return null;
                    if (!dropping) return item;
                    if (!Abstract.isTrue(Abstract.call(predicate, item))) {
                        dropping = false;
                        return item;
                    }
                }
            }
        };
    }

    private static Source takewhile(Object predicate, Object iterable) {
        Object it = Abstract.getIter(iterable);
        return new Source() {
            boolean done;

            @Override
            public Object next() {
                if (done) return null;
                Object item = Abstract.next(it);
                if (item == null) return null;
                if (Abstract.isTrue(Abstract.call(predicate, item))) return item;
                done = true;
                return null;
            }
        };
    }

    private static Source filterfalse(Object predicate, Object iterable) {
        Object it = Abstract.getIter(iterable);
        return () -> {
            while (true) {
                Object item = Abstract.next(it);
                if (item == null) return null;
                Object verdict = predicate == PyNone.NONE ? item : Abstract.call(predicate, item);
                if (!Abstract.isTrue(verdict)) return item;
            }
        };
    }

    private static Source islice(Object[] a) {
        Object it = Abstract.getIter(a[0]);
        long start = 0, stop, step = 1;
        if (a[2] == null) {
            stop = sliceArg(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            start = sliceArg(a[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (start < 0) start = 0;
            stop = sliceArg(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (a[3] != null && a[3] != PyNone.NONE) {
                PyInt s = PyInt.asInt(a[3]);
                step = s == null ? -1 : s.fitsLong() ? s.longValue() : Long.MAX_VALUE;
                if (step < 1) throw Errors.valueError("Step for islice() must be a positive integer or None.");
            }
        }
        long first = start, stepSize = step, end = stop;
        return new Source() {
            long count, nextIndex = first;

            @Override
            public Object next() {
                while (count < nextIndex) {
                    if (Abstract.next(it) == null) return null;
                    count++;
                }
                if (end != -1 && count >= end) return null;
                Object item = Abstract.next(it);
                if (item == null) return null;
                count++;
                long old = nextIndex;
                nextIndex += stepSize;
                if (nextIndex < old || (end != -1 && nextIndex > end)) nextIndex = end;
                return item;
            }
        };
    }

    /** An islice index: None is -1 (no limit for stop); otherwise an int in [0, sys.maxsize]. */
    private static long sliceArg(Object o, String message) {
        if (o == PyNone.NONE) return -1;
        PyType t = Abstract.typeOf(o);
        if (t.index == null) throw Errors.valueError(message);
        PyInt v = Abstract.index(o);
        if (v.signum() < 0) throw Errors.valueError(message);
        return v.fitsLong() ? v.longValue() : Long.MAX_VALUE;
    }

    private static Source pairwise(Object iterable) {
        Object it = Abstract.getIter(iterable);
        return new Source() {
            Object previous;

            @Override
            public Object next() {
                if (previous == null) {
                    previous = Abstract.next(it);
                    if (previous == null) return null;
                }
                Object item = Abstract.next(it);
                if (item == null) return null;
                PyTuple pair = PyTuple.of(previous, item);
                previous = item;
                return pair;
            }
        };
    }

    private static Source starmap(Object function, Object iterable) {
        Object it = Abstract.getIter(iterable);
        return () -> {
            Object args = Abstract.next(it);
            if (args == null) return null;
            Object[] items = args instanceof PyTuple t ? t.items() : PyTuple.fromIterable(args).items();
            return Abstract.call(function, items);
        };
    }

    // ---- groupby ----

    /** The groupby state shared with its current _grouper. */
    static final class GroupBy implements Source {
        private final Object it, keyFunc;
        Object targetKey, currentKey, currentValue;
        Object currentGrouper;

        GroupBy(Object iterable, Object key) {
            this.it = Abstract.getIter(iterable);
            this.keyFunc = key == PyNone.NONE ? null : key;
        }

        /** Advances to the next value and its key; false when the input is exhausted. */
        boolean step() {
            Object value = Abstract.next(it);
            if (value == null) return false;
            Object key = keyFunc == null ? value : Abstract.call(keyFunc, value);
            currentValue = value;
            currentKey = key;
            return true;
        }

        @Override
        public Object next() {
            synchronized (this) {
                currentGrouper = null;
                while (true) {
                    if (currentKey != null) {
                        if (targetKey == null) break;
                        if (!Abstract.richCompareBool(targetKey, currentKey, CompareOp.EQ)) break;
                    }
                    if (!step()) return null;
                }
                targetKey = currentKey;
                It grouper = new It(GROUPER, new Grouper(this, targetKey));
                currentGrouper = grouper;
                return PyTuple.of(currentKey, grouper);
            }
        }
    }

    /** One group's items: valid only while it is its groupby's current group. */
    record Grouper(GroupBy parent, Object targetKey) implements Source {
        @Override
        public Object next() {
            synchronized (parent) {
                if (parent.currentGrouper == null || unwrap(parent.currentGrouper).source() != this) return null;
                if (parent.currentValue == null && !parent.step()) return null;
                if (!Abstract.richCompareBool(targetKey, parent.currentKey, CompareOp.EQ)) return null;
                Object value = parent.currentValue;
                parent.currentValue = null;
                return value;
            }
        }
    }

    // ---- tee ----

    /** One link of tee's shared buffer: {@code next} is filled by whichever tee reads first. */
    private static final class Link {
        Object value;
        Link next;
    }

    /** What all copies of one tee share: the input, and whether one of them is reading it now. */
    private static final class TeeInput {
        final Object it;
        /** Set while a tee calls the input's __next__ (with the lock released). */
        boolean running;

        TeeInput(Object it) {
            this.it = it;
        }
    }

    /** One tee iterator: a position in a buffer shared by all copies of the same input. */
    static final class Tee implements Source {
        private final TeeInput input;
        private Link position;

        private Tee(TeeInput input, Link position) {
            this.input = input;
            this.position = position;
        }

        static Tee over(Object it) {
            return new Tee(new TeeInput(it), new Link());
        }

        Tee copy() {
            synchronized (input) {
                return new Tee(input, position);
            }
        }

        /**
         * The input's __next__ runs without holding the lock (it may block or call back into a tee),
         * so a second reader arriving meanwhile, from this thread or another, gets CPython's
         * "cannot re-enter the tee iterator" instead of a deadlock.
         */
        @Override
        public Object next() {
            synchronized (input) {
                if (position.next != null) return advance();
                if (input.running) throw Errors.runtimeError("cannot re-enter the tee iterator");
                input.running = true;
            }
            Object value = null;
            try {
                value = Abstract.next(input.it);
            } finally {
                // One critical section: no other reader may append between "done" and the append.
                synchronized (input) {
                    input.running = false;
                    if (value != null) {
                        Link link = new Link();
                        link.value = value;
                        position.next = link;
                    }
                }
            }
            if (value == null) return null;
            synchronized (input) {
                return advance();
            }
        }

        private Object advance() {
            position = position.next;
            return position.value;
        }
    }

    /** _tee(iterable): over a tee, a copy sharing its buffer (as CPython), else a new buffer. */
    private static Source teeFrom(Object iterable) {
        Object it = Abstract.getIter(iterable);
        if (it instanceof It tee && tee.type == TEE) {
            Source source = tee.source();
            return source == null ? () -> null : ((Tee) source).copy();
        }
        return Tee.over(it);
    }

    private static Object tee(Object iterable, Object nArg) {
        long n = nArg == null ? 2 : Abstract.asSize(nArg, null);
        if (n < 0) throw Errors.valueError("n must be >= 0");
        if (n == 0) return PyTuple.EMPTY;
        Object it = Abstract.getIter(iterable);
        Object[] result = new Object[(int) n];
        Object copyMethod = Abstract.typeOf(it).lookup("__copy__");
        result[0] = copyMethod != null ? it : new It(TEE, Tee.over(it));
        for (int i = 1; i < n; i++) result[i] = Abstract.invoke(result[0], "__copy__");
        return PyTuple.of(result);
    }

    // ---- several inputs ----

    private static Source zipLongest(Object[] vector) {
        Object[] args = (Object[]) vector[0];
        int nargs = (Integer) vector[1];
        PyTuple kwnames = (PyTuple) vector[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        Object fill = PyNone.NONE;
        for (int i = 0; i < nkw; i++) {
            String name = ((PyStr) kwnames.get(i)).value();
            if (!name.equals("fillvalue")) throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            fill = args[nargs - nkw + i];
        }
        int n = nargs - nkw;
        Object[] its = new Object[n];
        for (int i = 0; i < n; i++) its[i] = Abstract.getIter(args[i]);
        Object fillValue = fill;
        return new Source() {
            int active = n;

            @Override
            public Object next() {
                if (n == 0 || active == 0) return null;
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object item = its[i] == null ? null : Abstract.next(its[i]);
                    if (item == null) {
                        if (its[i] != null) {
                            its[i] = null;
                            if (--active == 0) return null;
                        }
                        item = fillValue;
                    }
                    row[i] = item;
                }
                return PyTuple.of(row);
            }
        };
    }

    private static Source product(Object[] vector) {
        Object[] args = (Object[]) vector[0];
        int nargs = (Integer) vector[1];
        PyTuple kwnames = (PyTuple) vector[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        long repeat = 1;
        for (int i = 0; i < nkw; i++) {
            String name = ((PyStr) kwnames.get(i)).value();
            if (!name.equals("repeat")) throw Errors.typeError("product() got an unexpected keyword argument '%s'", name);
            repeat = Abstract.asSize(args[nargs - nkw + i], null);
        }
        if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
        int n = nargs - nkw;
        if (repeat > 0 && n > 0 && (long) n * repeat > Integer.MAX_VALUE / 2) throw Errors.overflowError("repeat argument too large");
        Object[][] basePools = new Object[n][];
        for (int i = 0; i < n; i++) basePools[i] = PyTuple.fromIterable(args[i]).items();
        int total = (int) (n * repeat);
        Object[][] pools = new Object[total][];
        for (int i = 0; i < total; i++) pools[i] = basePools[i % Math.max(n, 1)];
        return new Source() {
            int[] indices;
            boolean done;

            @Override
            public Object next() {
                if (done) return null;
                if (indices == null) {
                    for (Object[] pool : pools) {
                        if (pool.length == 0) {
                            done = true;
                            return null;
                        }
                    }
                    indices = new int[total];
                } else {
                    int i = total - 1;
                    while (i >= 0 && indices[i] == pools[i].length - 1) indices[i--] = 0;
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    indices[i]++;
                }
                Object[] row = new Object[total];
                for (int i = 0; i < total; i++) row[i] = pools[i][indices[i]];
                return PyTuple.of(row);
            }
        };
    }

    private static int rArg(Object r, int defaultValue) {
        if (r == null || r == PyNone.NONE) return defaultValue;
        if (Abstract.typeOf(r).index == null) throw Errors.typeError("Expected int as r");
        long v = Abstract.asSize(r, null);
        if (v < 0) throw Errors.valueError("r must be non-negative");
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static Source permutations(Object iterable, Object rArg) {
        Object[] pool = PyTuple.fromIterable(iterable).items();
        int n = pool.length;
        int r = rArg(rArg, n);
        return new Source() {
            int[] indices, cycles;
            boolean done = r > n;

            @Override
            public Object next() {
                if (done) return null;
                if (indices == null) {
                    indices = new int[n];
                    for (int i = 0; i < n; i++) indices[i] = i;
                    cycles = new int[r];
                    for (int i = 0; i < r; i++) cycles[i] = n - i;
                    return row();
                }
                if (n == 0) {
                    done = true;
                    return null;
                }
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        // rotate indices[i:] left by one
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        return row();
                    }
                }
                done = true;
                return null;
            }

            private Object row() {
                Object[] row = new Object[r];
                for (int i = 0; i < r; i++) row[i] = pool[indices[i]];
                return PyTuple.of(row);
            }
        };
    }

    private static Source combinations(Object iterable, Object rArg, boolean withReplacement) {
        Object[] pool = PyTuple.fromIterable(iterable).items();
        int n = pool.length;
        int r = rArg(rArg, 0);
        return new Source() {
            int[] indices;
            boolean done = withReplacement ? (n == 0 && r > 0) : r > n;

            @Override
            public Object next() {
                if (done) return null;
                if (indices == null) {
                    indices = new int[r];
                    if (!withReplacement) for (int i = 0; i < r; i++) indices[i] = i;
                    return row();
                }
                int i = r - 1;
                if (withReplacement) {
                    while (i >= 0 && indices[i] == n - 1) i--;
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    Arrays.fill(indices, i, r, indices[i] + 1);
                } else {
                    while (i >= 0 && indices[i] == i + n - r) i--;
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
                }
                return row();
            }

            private Object row() {
                Object[] row = new Object[r];
                for (int i = 0; i < r; i++) row[i] = pool[indices[i]];
                return PyTuple.of(row);
            }
        };
    }
}
