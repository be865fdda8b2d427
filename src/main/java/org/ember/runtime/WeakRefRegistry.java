package org.ember.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One interpreter's weak references: for each referent (by identity) the weakref and proxy
 * objects made to it, so that {@code ref(x)} can be reused, {@code getweakrefs} answered, and
 * callbacks called once the JVM has collected the referent.
 *
 * <p>On the JVM an object dies when the garbage collector finds it unreachable, not when its
 * last reference goes: callbacks therefore run soon after the collector has cleared a
 * referent. One JVM-wide daemon thread ({@link #WATCHER}) waits on the reference queue of every
 * registry; for each cleared key it records the key in its registry's {@code cleared} queue and
 * raises the main thread's eval-breaker flag ({@link ThreadState#pendingEvents}), so the main
 * thread calls the callbacks at its next RESUME or JUMP_BACKWARD. They are also run by
 * {@code gc.collect()} (which asks for a full collection first, then scans every referent, so
 * a test can rely on it) and whenever a new weak reference is made. Callbacks run on the Python
 * thread that noticed, outside any lock, never on the watcher. A weakref object that is itself
 * unreachable gets no callback, as in CPython.
 */
public final class WeakRefRegistry {

    /** A weak reference to one referent that hashes and compares by the referent's identity. */
    /** A reference the watcher hands over when the collector has cleared it (on {@link #sharedQueue()}). */
    public interface Watched {
        /** Called on the watcher thread: record the death and wake a Python thread; never run Python code here. */
        void cleared();
    }

    /** The queue every watched reference must be registered with (starts the watcher thread). */
    public static ReferenceQueue<Object> sharedQueue() {
        startWatcher();
        return QUEUE;
    }

    static final class Key extends WeakReference<Object> implements Watched {
        private final int hash;
        /** The registry whose map holds this key; null for a key made only to look one up. */
        final WeakRefRegistry registry;

        Key(Object referent, WeakRefRegistry registry) {
            super(referent, registry == null ? null : QUEUE);
            this.hash = System.identityHashCode(referent);
            this.registry = registry;
        }

        @Override
        public void cleared() {
            registry.cleared.add(this);
            registry.interp.signals.requestMainThreadCheck();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Key other)) return false;
            Object mine = get();
            return mine != null && mine == other.get();
        }
    }

    /** The weak references to one referent, held weakly themselves, in creation order. */
    private static final class Entry {
        final Key key;
        final List<WeakReference<WeakRefBase>> refs = new ArrayList<>();

        Entry(Key key) {
            this.key = key;
        }
    }

    /** What {@link PyWeakRef} and {@link PyWeakProxy} share: a key, a callback, the object to call it with. */
    public abstract static class WeakRefBase extends PyObject {
        final Key key;
        /** The callback, or null (None); dropped once called. */
        volatile Object callback;
        /** What the callback receives: this object, or the Python subclass instance wrapping it. */
        volatile Object owner = this;

        WeakRefBase(Key key, Object callback) {
            this.key = key;
            this.callback = callback;
        }

        /** The Python object standing for this reference (itself, or its subclass instance). */
        public Object owner() {
            return owner;
        }

        /** The referent, or null once it has been collected. */
        public Object referent() {
            return key.get();
        }
    }

    /** Where the collector puts the keys of every registry once their referents are gone. */
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** The watcher thread, started with the first key (see the class comment). */
    private static volatile Thread WATCHER;

    private final Interpreter interp;
    /** Keys the watcher saw cleared, waiting for a Python thread to remove them and call back. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Key> cleared = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Map<Key, Entry> entries = new HashMap<>();

    private static void startWatcher() {
        if (WATCHER != null) return;
        synchronized (QUEUE) {
            if (WATCHER != null) return;
            Thread t = new Thread(WeakRefRegistry::watch, "ember-weakref-watcher");
            t.setDaemon(true);
            t.start();
            WATCHER = t;
        }
    }

    /** The watcher's loop: hand each cleared key to its registry and wake that registry's main thread. */
    private static void watch() {
        while (true) {
            try {
                ((Watched) QUEUE.remove()).cleared();
            } catch (InterruptedException e) {
                // nobody interrupts the watcher on purpose: keep watching
            } catch (RuntimeException e) {
                // never let the watcher die
            }
        }
    }

    WeakRefRegistry(Interpreter interp) {
        this.interp = interp;
    }

    /** The key for {@code referent}, made on first use. */
    synchronized Key keyFor(Object referent) {
        Entry e = entries.get(new Key(referent, null));
        if (e == null) {
            startWatcher();
            Key key = new Key(referent, this);
            e = new Entry(key);
            entries.put(key, e);
        }
        return e.key;
    }

    synchronized void add(WeakRefBase ref) {
        Entry e = entries.get(ref.key);
        if (e != null) e.refs.add(new WeakReference<>(ref));
    }

    /** The live weak references to {@code referent} (getweakrefs), oldest first. */
    public synchronized List<WeakRefBase> refsTo(Object referent) {
        List<WeakRefBase> live = new ArrayList<>();
        Entry e = entries.get(new Key(referent, null));
        if (e == null) return live;
        for (WeakReference<WeakRefBase> w : e.refs) {
            WeakRefBase r = w.get();
            if (r != null) live.add(r);
        }
        return live;
    }

    /** Calls the callbacks of referents the collector has already queued (cheap; no scan). */
    public void pollCleared() {
        List<Entry> dead = new ArrayList<>();
        synchronized (this) {
            for (Key k; (k = cleared.poll()) != null; ) {
                Entry e = entries.remove(k);
                if (e != null) dead.add(e);
            }
        }
        fireCallbacks(dead);
    }

    /**
     * After a collection: every referent found cleared (queued or not yet) has its callbacks
     * called, newest weakref first as CPython does. Returns how many referents died.
     */
    public int processCleared() {
        List<Entry> dead = new ArrayList<>();
        synchronized (this) {
            cleared.clear();   // the scan below finds every cleared key, handed over or not
            var it = entries.values().iterator();
            while (it.hasNext()) {
                Entry e = it.next();
                if (e.key.refersTo(null)) {
                    it.remove();
                    dead.add(e);
                }
            }
        }
        fireCallbacks(dead);
        return dead.size();
    }

    private void fireCallbacks(List<Entry> dead) {
        for (Entry e : dead) {
            for (int i = e.refs.size() - 1; i >= 0; i--) {
                WeakRefBase ref = e.refs.get(i).get();
                if (ref == null) continue;
                Object callback = ref.callback;
                if (callback == null) continue;
                ref.callback = null;
                try {
                    Abstract.call(callback, ref.owner);
                } catch (PyException ex) {
                    reportIgnored(callback, ex.value);
                }
            }
        }
    }

    /** CPython's unraisable-exception text: "Exception ignored in: &lt;callback&gt;" and the traceback. */
    private void reportIgnored(Object callback, PyBaseException exc) {
        if (!(interp.modules.getItemStr("sys") instanceof PyModule sys)) return;
        Object stderr = sys.dict().getItemStr("stderr");
        if (stderr == null || stderr == PyNone.NONE) return;
        String label;
        try {
            label = Abstract.repr(callback).value();
        } catch (PyException failed) {
            label = "<object repr() failed>";
        }
        try {
            Abstract.invoke(stderr, "write", new PyStr("Exception ignored in: " + label + "\n" + interp.formatException(exc)));
            Abstract.invoke(stderr, "flush");
        } catch (PyException ignored) {
            // stderr fails too: nothing left to report to
        }
    }

    /**
     * Whether {@code obj} may be weakly referenced: instances of Python classes (except
     * subclasses of int, tuple and other variable-size builtins) and the builtin types CPython
     * gives a weakref list. A class whose {@code __slots__} lack {@code __weakref__} (and whose
     * bases give none) refuses them, as CPython.
     */
    public static boolean isWeakReferenceable(Object obj) {
        if (obj instanceof PyInstance inst) {
            if (inst.base instanceof PyInt || inst.base instanceof PyTuple) return false;
            return TypeLayout.weakrefOffset(inst.type()) != 0 || inst.base != null && isWeakReferenceable(inst.base);
        }
        if (obj instanceof PyBaseException exc) return exc.type().isHeapType() && TypeLayout.weakrefOffset(exc.type()) != 0;
        return obj instanceof PyType || obj instanceof PyFunction || obj instanceof PyBuiltinFunction
                || obj instanceof PySet || obj instanceof PyFrozenSet || obj instanceof PyGenerator
                || obj instanceof PyBoundMethod || obj instanceof PyModule || obj instanceof PyCode
                || obj instanceof WeakReferenceable;
    }

    /** Marks builtin classes outside the runtime (locks, thread-locals, ...) as weakly referenceable. */
    public interface WeakReferenceable {}
}
