package org.ember.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A Python type: {@code type} and every class.
 *
 * <p>Builtin types are JVM-wide immutable singletons (the {@code TYPE} constant of each builtin
 * class), built through {@link #builtin}: their special-method slots are Java code, their dict
 * is filled lazily on first use (see {@link #ready()}; this keeps class initialization free of
 * cycles), and they cannot be changed from Python, so their version tags never change.
 * Heap types (classes created by Python code) are made by {@link TypeFactory} and are mutable.
 *
 * <p>Version tags: {@link #version()} is 0 while invalid and gets a fresh value on first use;
 * any change to the type or a base ({@code setattr} on a class, {@code __bases__} assignment)
 * resets it, and that of every subclass, to 0. Inline caches and the per-type attribute cache
 * ({@link #lookup}) check it.
 */
public final class PyType extends PyObject implements PyCallable {

    // ---- flags (CPython's Py_TPFLAGS_* that matter here) ----
    public static final int IMMUTABLE = 1, HEAPTYPE = 2, BASETYPE = 4, HAS_DICT = 8,
            METHOD_DESCRIPTOR = 16, IS_ABSTRACT = 32;
    /**
     * Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (same bit values): what a match statement's
     * sequence and mapping patterns accept. Kept apart from {@link #flags} because a class gets
     * one later too (an ABC's register()); at most one is set.
     */
    public static final int SEQUENCE = 1 << 5, MAPPING = 1 << 6, COLLECTION_FLAGS = SEQUENCE | MAPPING;

    /** Builtin types take versions from this range; heap types from their interpreter's counter. */
    private static final AtomicInteger BUILTIN_VERSIONS = new AtomicInteger();
    static final int FIRST_HEAP_VERSION = 1 << 16;
    private static final Object ABSENT = new Object();

    /** {@code object} and {@code type} are built here, in this order, to break the bootstrap cycle. */
    public static final PyType OBJECT;
    public static final PyType TYPE;

    static {
        OBJECT = new PyType("object", PyObject.class, null, BASETYPE);
        PyBaseObject.fill(OBJECT);
        TYPE = new PyType("type", PyType.class, OBJECT, BASETYPE);
        TypeSlots.fill(TYPE);
    }

    // ---- identity and structure ----
    private volatile String name;
    private volatile String qualname;
    private volatile PyTuple bases;
    /** A builtin type's bases when it has several (else null: the single base is {@link #base}). */
    private PyType[] builtinBases;
    private volatile PyType base;
    private volatile PyType[] mro;
    /** Created in {@link #ready()} for builtin types (PyDict's own type is not built yet at bootstrap). */
    private volatile PyDict dict;
    private final int flags;
    private final PyType metatype;
    /** The Java class of instances of this type's builtin root (PyList for list and its subclasses). */
    private final Class<?> javaClass;
    private final Interpreter interp;
    private final SharedKeys sharedKeys;
    private final int slotCount;
    private final boolean instancesHaveDict;

    private volatile int version;
    /** {@link #SEQUENCE}, {@link #MAPPING} or 0. */
    private volatile int collectionFlag;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final ConcurrentHashMap<String, CachedLookup> lookupCache = new ConcurrentHashMap<>();
    private Consumer<TypeBuilder> lazyDict;
    private volatile boolean ready;
    /** Set while {@link #ready()} runs, so that a re-entrant call from the same thread returns. */
    private boolean filling;

    private record CachedLookup(int version, Object value) {}

    // ---- special-method slots (CPython's tp_*, nb_*, sq_*, mp_*) ----
    public Slot.Unary repr, str, iter, iternext, neg, pos, invert, abs, index, toInt, toFloat;
    public Slot.Hash hash;
    public Slot.Compare richcompare;
    public Slot.Binary getattro, getitem;
    public Slot.Store setattro, setitem;
    public Slot.Ternary descrGet, pow, inplacePow;
    public Slot.Store descrSet;
    public Slot.Test bool;
    public Slot.Len len;
    public Slot.Contains contains;
    public Slot.Call call, init;
    /** Sequence concatenation/repetition (sq_concat, sq_repeat, sq_inplace_concat): tried after the number slots. */
    public Slot.Binary sqConcat, sqRepeat, sqInplaceConcat;
    public Slot.New newInstance;
    /** Indexed by {@link BinOp#ordinal()}; POW's entries are unused (see {@link #pow}). */
    public final Slot.Binary[] binary = new Slot.Binary[BinOp.values().length];
    public final Slot.Binary[] inplace = new Slot.Binary[BinOp.values().length];

    /** Builtin type constructor: the bootstrap pair and {@link #builtin}. */
    private PyType(String name, Class<?> javaClass, PyType base, int flags) {
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.base = base;
        this.bases = null;
        this.flags = flags | IMMUTABLE;
        this.metatype = null;
        this.interp = null;
        this.sharedKeys = null;
        this.slotCount = 0;
        this.instancesHaveDict = (flags & HAS_DICT) != 0;
        this.version = BUILTIN_VERSIONS.incrementAndGet();
        if (base != null) {
            inheritSlots(base);
            base.addSubclass(this);
            collectionFlag = base.collectionFlag;
        }
    }

    /** Heap type constructor, used by {@link TypeFactory}. */
    PyType(PyType metatype, String name, PyTuple bases, PyType solidBase, PyType[] mro, int flags,
           Interpreter interp, int slotCount, boolean instancesHaveDict) {
        this.name = name;
        this.qualname = name;
        this.metatype = metatype;
        this.bases = bases;
        this.base = solidBase;
        this.mro = mro;
        this.flags = flags | HEAPTYPE;
        this.javaClass = solidBase.javaClass;
        this.interp = interp;
        this.slotCount = slotCount;
        this.instancesHaveDict = instancesHaveDict;
        this.sharedKeys = instancesHaveDict ? new SharedKeys(slotCount) : null;
        this.dict = new PyDict();
        this.version = interp.nextTypeVersion();
        this.ready = true;
        // the sequence slots have no dunder of their own: inherited from the builtin layout
        // (tried after __add__/__mul__, as CPython tries sq_concat after nb_add)
        this.sqConcat = solidBase.sqConcat;
        this.sqRepeat = solidBase.sqRepeat;
        this.sqInplaceConcat = solidBase.sqInplaceConcat;
    }

    /** Starts the definition of a builtin type whose base is object. */
    public static Spec builtin(String name, Class<?> javaClass) {
        return new Spec(name, javaClass);
    }

    /** The definition of a builtin type, finished by {@link #build()}. */
    public static final class Spec {
        private final String name;
        private final Class<?> javaClass;
        private PyType base = OBJECT;
        private int flags;
        private Consumer<PyType> slots = t -> {};
        private Consumer<TypeBuilder> dict = d -> {};
        private String module = "builtins";
        private PyType[] extraBases;

        private Spec(String name, Class<?> javaClass) {
            this.name = name;
            this.javaClass = javaClass;
        }

        public Spec base(PyType base) { this.base = base; return this; }
        /** Python code may subclass this type. */
        public Spec subclassable() { flags |= BASETYPE; return this; }
        public Spec flags(int more) { flags |= more; return this; }
        public Spec module(String module) { this.module = module; return this; }
        /** Further bases after {@link #base} (ExceptionGroup); the MRO is then C3-linearized. */
        public Spec extraBases(PyType... more) { this.extraBases = more; return this; }
        /** Sets the Java slot functions (run at once: must only store method references). */
        public Spec slots(Consumer<PyType> slots) { this.slots = slots; return this; }
        /** Fills the type's dict with methods and descriptors (run lazily, on first use). */
        public Spec dict(Consumer<TypeBuilder> dict) { this.dict = dict; return this; }

        public PyType build() {
            PyType t = new PyType(name, javaClass, base, flags);
            if (extraBases != null) {
                PyType[] all = new PyType[extraBases.length + 1];
                all[0] = base;
                System.arraycopy(extraBases, 0, all, 1, extraBases.length);
                t.builtinBases = all;
                for (PyType b : extraBases) b.addSubclass(t);
            }
            slots.accept(t);
            String mod = module;
            Consumer<TypeBuilder> fill = dict;
            t.setLazyDict(b -> {
                if (!mod.equals("builtins")) b.value("__module__", new PyStr(mod));
                fill.accept(b);
            });
            return t;
        }
    }

    /** Sets what {@link #ready()} runs to fill a builtin type's dict. */
    void setLazyDict(Consumer<TypeBuilder> fill) {
        lazyDict = fill;
    }

    /** Fills a builtin type's dict on first use: slot wrappers, then the declared members. */
    void ready() {
        if (ready) return;
        synchronized (this) {
            if (ready || filling) return;
            filling = true;
            if (base != null) base.ready();
            dict = new PyDict();
            TypeBuilder builder = new TypeBuilder(this);
            SlotDefs.addWrappers(this, builder);
            if (lazyDict != null) lazyDict.accept(builder);
            if (dict.getItemStr("__doc__") == null) {
                String doc = BuiltinDocs.forType(name);
                dict.setItem(new PyStr("__doc__"), doc == null ? PyNone.NONE : new PyStr(doc));
            }
            lazyDict = null;
            ready = true;
        }
    }

    /** Copies the base's slots into a builtin type before its own are set (CPython's inherit_slots). */
    private void inheritSlots(PyType from) {
        repr = from.repr; str = from.str; iter = from.iter; iternext = from.iternext;
        neg = from.neg; pos = from.pos; invert = from.invert; abs = from.abs; index = from.index;
        toInt = from.toInt; toFloat = from.toFloat; hash = from.hash; richcompare = from.richcompare;
        getattro = from.getattro; getitem = from.getitem; setattro = from.setattro; setitem = from.setitem;
        descrGet = from.descrGet; pow = from.pow; inplacePow = from.inplacePow; descrSet = from.descrSet;
        bool = from.bool; len = from.len; contains = from.contains; call = from.call; init = from.init;
        newInstance = from.newInstance;
        sqConcat = from.sqConcat; sqRepeat = from.sqRepeat; sqInplaceConcat = from.sqInplaceConcat;
        System.arraycopy(from.binary, 0, binary, 0, binary.length);
        System.arraycopy(from.inplace, 0, inplace, 0, inplace.length);
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    /** {@link #SEQUENCE}, {@link #MAPPING} or 0: how match statements see instances. */
    public int collectionFlag() {
        return collectionFlag;
    }

    /** A new class's flag (CPython's inherit_patma_flags): that of the first class along its MRO that has one. */
    void inheritCollectionFlag() {
        PyType[] classes = mro;
        for (int i = 1; i < classes.length && collectionFlag == 0; i++) collectionFlag = classes[i].collectionFlag;
    }

    /** Marks a builtin type as a sequence or mapping (while it is being defined); returns it. */
    public PyType withCollectionFlag(int flag) {
        collectionFlag = flag;
        return this;
    }

    /**
     * What an ABC's {@code register()} does to the registered class (CPython's
     * set_collection_flag_recursive): the class and its subclasses get {@code flag}, replacing
     * another; builtin (immutable) types never change.
     */
    public void setCollectionFlagRecursive(int flag) {
        if (isImmutable() || collectionFlag == flag) return;
        collectionFlag = flag;
        for (PyType sub : subclasses()) sub.setCollectionFlagRecursive(flag);
    }

    // ---- accessors ----
    public String name() { return name; }
    public String qualname() { return qualname; }
    public PyType base() { return base; }
    public int flags() { return flags; }
    public boolean isHeapType() { return (flags & HEAPTYPE) != 0; }
    public boolean isImmutable() { return (flags & IMMUTABLE) != 0; }
    public boolean isSubclassable() { return (flags & BASETYPE) != 0; }
    public boolean isMethodDescriptor() { return (flags & METHOD_DESCRIPTOR) != 0; }
    public Class<?> javaClass() { return javaClass; }
    public Interpreter interpreter() { return interp; }
    public SharedKeys sharedKeys() { return sharedKeys; }
    public int slotCount() { return slotCount; }
    /** Whether instances have a {@code __dict__}. */
    public boolean hasDict() { return instancesHaveDict; }

    public void setName(String newName) { name = newName; }

    /**
     * Whether this class, though written in Python, stands for a C type: {@link #name} is then
     * the qualified tp_name ("datetime.date") that messages show, and __name__ its last part.
     */
    public boolean hasQualifiedName() { return qualifiedName; }
    /** CPython's tp_name: "deque" is "collections.deque" (builtin types outside builtins carry their module). */
    public String tpName() {
        if (isHeapType() || qualifiedName) return name;
        String module = module();
        return module.equals("builtins") ? name : module + "." + name;
    }
    public void setQualifiedName(String tpName) { name = tpName; qualifiedName = true; }
    private volatile boolean qualifiedName;
    public void setQualname(String newQualname) { qualname = newQualname; }

    /** {@code __bases__} as a tuple. */
    public PyTuple bases() {
        PyTuple b = bases;
        if (b == null) {
            b = builtinBases != null ? PyTuple.of((Object[]) builtinBases)
                    : base == null ? PyTuple.EMPTY : PyTuple.of(base);
            bases = b;
        }
        return b;
    }

    /** {@code __mro__}: this type first. */
    public PyType[] mro() {
        PyType[] m = mro;
        if (m == null && builtinBases != null) {
            m = TypeFactory.linearize(this, builtinBases);
            mro = m;
        }
        if (m == null) {
            List<PyType> chain = new ArrayList<>();
            for (PyType t = this; t != null; t = t.base) chain.add(t);
            m = chain.toArray(new PyType[0]);
            mro = m;
        }
        return m;
    }

    /** The type's namespace (exposed to Python read-only for builtin types). */
    public PyDict dict() {
        ready();
        return dict;
    }

    /** {@code __module__} as stored in the dict, "builtins" for builtin types without one. */
    public String module() {
        Object m = dict().getItemStr("__module__");
        return m instanceof PyStr s ? s.value() : "builtins";
    }

    /** {@code issubclass(this, other)} by MRO, without __subclasscheck__. */
    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        for (PyType t : mro()) if (t == other) return true;
        return false;
    }

    // ---- version tags ----

    /** The current version tag, assigning a fresh one if it was invalidated. Never 0. */
    public int version() {
        int v = version;
        if (v != 0) return v;
        synchronized (this) {
            if (version == 0) version = interp != null ? interp.nextTypeVersion() : BUILTIN_VERSIONS.incrementAndGet();
            return version;
        }
    }

    /** The version without assigning one: 0 when invalid. */
    public int versionIfValid() {
        return version;
    }

    /** Py_TPFLAGS_IS_ABSTRACT: set by assigning a true __abstractmethods__ (abc does); not inherited. */
    private volatile boolean abstractClass;

    public boolean isAbstract() { return abstractClass; }

    public void setAbstract(boolean isAbstract) { abstractClass = isAbstract; }

    /** Called whenever this type changes: invalidates it and every subclass. */
    public void modified() {
        version = 0;
        lookupCache.clear();
        for (PyType sub : subclasses()) sub.modified();
    }

    void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(ref -> ref.get() == null);
            subclasses.add(new WeakReference<>(sub));
        }
    }

    void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(ref -> ref.get() == null || ref.get() == sub);
        }
    }

    /** Live direct subclasses ({@code __subclasses__()}). */
    public List<PyType> subclasses() {
        List<PyType> live = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> ref : subclasses) {
                PyType t = ref.get();
                if (t != null) live.add(t);
            }
        }
        return live;
    }

    // ---- attribute lookup ----

    /**
     * Finds {@code name} along the MRO (CPython's _PyType_Lookup), through a per-type cache
     * keyed by the version tag. Returns null when absent. Does not call descriptors.
     */
    public Object lookup(String name) {
        int v = version();
        CachedLookup hit = lookupCache.get(name);
        if (hit != null && hit.version == v) return hit.value == ABSENT ? null : hit.value;
        Object found = lookupUncached(name);
        // Only cache if no modification raced with the walk.
        if (version == v) lookupCache.put(name, new CachedLookup(v, found == null ? ABSENT : found));
        return found;
    }

    /** The MRO walk behind {@link #lookup}. */
    public Object lookupUncached(String name) {
        for (PyType t : mro()) {
            Object value = t.dict().getItemStr(name);
            if (value != null) return value;
        }
        return null;
    }

    /** The type in the MRO whose dict holds {@code name}, or null. */
    public PyType definingType(String name) {
        for (PyType t : mro()) {
            if (t.dict().getItemStr(name) != null) return t;
        }
        return null;
    }

    // ---- changes made by Python code (type.__setattr__, __bases__ =) ----

    /** {@code cls.name = value} (value null: delete), with immutability and slot updates. */
    public void setAttribute(String attr, Object valueOrNull) {
        if (isImmutable()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        PyStr key = new PyStr(attr);
        if (valueOrNull == null) {
            if (!dict.delItemIfPresent(key)) {
                throw Errors.attributeError("type object '%s' has no attribute '%s'", name, attr);
            }
        } else {
            dict.setItem(key, valueOrNull);
        }
        modified();
        if (attr.equals("__new__")) updateNewSlot();
        else if (attr.startsWith("__") && attr.endsWith("__")) SlotDefs.updateSlots(this, attr);
    }

    /** Recomputes tp_new of this heap type and its heap subclasses after __new__ changed. */
    private void updateNewSlot() {
        if (isHeapType()) newInstance = TypeFactory.newSlotFor(this);
        for (PyType sub : subclasses()) sub.updateNewSlot();
    }

    /** Sets the MRO of a type being created (it includes the type, so it comes after construction). */
    void setBasesAndMroInitial(PyType[] newMro) {
        mro = newMro;
    }

    /** {@code cls.__bases__ = newBases} after the caller validated them. */
    void setBasesAndMro(PyTuple newBases, PyType[] newMro) {
        for (Object old : bases().items()) ((PyType) old).removeSubclass(this);
        bases = newBases;
        mro = newMro;
        for (Object b : newBases.items()) ((PyType) b).addSubclass(this);
        for (PyType sub : subclasses()) sub.recomputeMro();
        modified();
        SlotDefs.updateAllSlots(this);
    }

    /** Subclasses' MROs contain this type's: recompute them after a __bases__ change. */
    private void recomputeMro() {
        mro = TypeFactory.linearize(this, bases());
        for (PyType sub : subclasses()) sub.recomputeMro();
    }

    // ---- calling a type: instantiation ----

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        Slot.Call callSlot = type().call;
        return callSlot.call(this, args, offset, nargs, kwnames);
    }

    /** An instance of this (heap) type wrapping {@code builtinPart}, or the builtin value itself. */
    public PyObject wrap(PyObject builtinPart) {
        return this == builtinPart.type() ? builtinPart : new PyInstance(this, builtinPart);
    }

    @Override
    public String toString() {
        return "<class '" + (isHeapType() ? module() + "." + qualname : name) + "'>";
    }
}
