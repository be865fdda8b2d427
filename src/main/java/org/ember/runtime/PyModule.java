package org.ember.runtime;

/** {@code module}: a namespace dict with a name; attribute access reads and writes the dict. */
public final class PyModule extends PyObject {

    public static final PyType TYPE = PyType.builtin("module", PyModule.class)
            .subclassable()
            .slots(t -> {
                t.repr = PyModule::repr;
                t.getattro = PyModule::getAttr;
                t.newInstance = PyModule::newInstance;
                t.init = (self, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("module", 0, 1, 2, "name", "doc").bind(args, off, n, kw);
                    if (!(a[0] instanceof PyStr name)) throw Errors.mustBe("module.__init__() argument 'name'", "str", a[0]);
                    PyModule m = (PyModule) Abstract.builtinPart(self);
                    m.dict.setItem(new PyStr("__name__"), name);
                    m.dict.setItem(new PyStr("__doc__"), a[1] == null ? PyNone.NONE : a[1]);
                    m.initImportAttributes();
                    return PyNone.NONE;
                };
            })
            .dict(d -> {
                d.getset("__dict__", self -> ((PyModule) Abstract.builtinPart(self)).dict, null);
                d.getset("__annotations__", PyModule::annotations, PyModule::setAnnotations);
                d.getset("__annotate__", PyModule::annotate, PyModule::setAnnotate);
                d.method0("__dir__", self -> {  // the namespace's keys, or its own __dir__ function (PEP 562)
                    PyDict ns = ((PyModule) Abstract.builtinPart(self)).dict;
                    Object custom = ns.getItemStr("__dir__");
                    return custom != null ? Abstract.call(custom) : PyList.of(ns.keys().toArray());
                });
            })
            .build();

    private final PyDict dict;
    /** A module implemented in Java and registered as built in (sys, builtins, math, ...): its repr says so. */
    private volatile boolean builtIn;

    /** Marks a module as built into the interpreter (see {@link #repr}); returns it. */
    public PyModule markBuiltIn() {
        builtIn = true;
        return this;
    }

    /**
     * A module subclass's instance keeps its attributes in the module's namespace (its __dict__
     * is the module dict). Without __slots__ it is a plain module object whose class is the
     * subclass, so that {@code __class__} can later move between ModuleType and its subclasses.
     */
    private static Object newInstance(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        PyModule module = new PyModule("");
        if (type.slotCount() == 0) {
            module.type = type;
            return module;
        }
        PyObject made = type.wrap(module);
        if (made instanceof PyHeapObject instance) instance.setDict(module.dict);
        return made;
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    /** A module whose namespace is {@code namespace} (builtins: the interpreter's own builtins dict). */
    public PyModule(String name, PyDict namespace) {
        this.dict = namespace;
        dict.setItem(new PyStr("__name__"), new PyStr(name));
        dict.setItem(new PyStr("__doc__"), PyNone.NONE);
        initImportAttributes();
    }


    /** As CPython's module_init_dict: __package__, __loader__ and __spec__ exist from the start (None until an importer sets them). */
    private void initImportAttributes() {
        for (String name : new String[] {"__package__", "__loader__", "__spec__"}) {
            if (dict.getItemStr(name) == null) dict.setItem(new PyStr(name), PyNone.NONE);
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The module's class: ModuleType, or a ModuleType subclass assigned to {@code __class__} (lazy loaders). */
    private volatile PyType type = TYPE;

    /**
     * {@code module.__class__ = cls}: any ModuleType subclass that adds no {@code __slots__}
     * (the instance stays this object, its namespace the module dict), as CPython allows.
     */
    public void setModuleClass(PyType newType) {
        if (!newType.isSubtype(TYPE)) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.slotCount() != 0) {
            throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.name(), type.name());
        }
        type = newType;
    }

    public PyDict dict() {
        return dict;
    }

    public String name() {
        return dict.getItemStr("__name__") instanceof PyStr s ? s.value() : "?";
    }

    /**
     * CPython's module repr: from the module's spec when it has one (the import bootstrap's
     * {@code _module_repr_from_spec}: "from FILE", "(built-in)", "(namespace) from [...]"), else
     * from {@code __file__} or {@code __loader__}.
     */
    private static Object repr(Object self) {
        PyModule m = (PyModule) Abstract.builtinPart(self);
        Object spec = Abstract.lookupAttr(self, new PyStr("__spec__"));
        if (spec != null && spec != PyNone.NONE && Abstract.isTrue(spec)) {
            Object bootstrap = ThreadState.current().interpreter().importBootstrap;
            if (bootstrap != null) return Abstract.call(Abstract.getAttr(bootstrap, new PyStr("_module_repr_from_spec")), spec);
        }
        Object nameObj = Abstract.lookupAttr(self, new PyStr("__name__"));
        String name = PyStr.repr(nameObj instanceof PyStr s ? s.value() : "?");
        Object file = Abstract.lookupAttr(self, new PyStr("__file__"));
        if (file != null) return new PyStr("<module " + name + " from " + Abstract.repr(file).value() + ">");
        Object loader = m.dict.getItemStr("__loader__");
        if (loader == null || loader == PyNone.NONE) return new PyStr("<module " + name + (m.builtIn ? " (built-in)>" : ">"));
        return new PyStr("<module " + name + " (" + Abstract.repr(loader).value() + ")>");
    }

    /** Generic lookup, then the module's own __getattr__ (PEP 562), then AttributeError. */
    private static Object getAttr(Object self, Object nameObj) {
        PyStr name = (PyStr) nameObj;
        Object found = Abstract.genericGetAttr(self, name, true);
        if (found != null) return found;
        PyModule m = (PyModule) Abstract.builtinPart(self);
        Object hook = m.dict.getItemStr("__getattr__");
        if (hook != null) return Abstract.call(hook, name);
        throw Errors.noAttribute(self, name.value(), "module '%s' has no attribute '%s'", m.name(), name.value());
    }

    // ---- PEP 649/749: a module's __annotations__ come from its __annotate__ ----

    private static final PyStr ANNOTATIONS = new PyStr("__annotations__");
    private static final PyStr ANNOTATE = new PyStr("__annotate__");

    /** The dict's __annotations__, else __annotate__(1), cached once the module has finished executing. */
    private static Object annotations(Object self) {
        PyDict ns = ((PyModule) Abstract.builtinPart(self)).dict;
        Object found = ns.getItem(ANNOTATIONS);
        if (found != null) return found;
        Object annotate = ns.getItem(ANNOTATE);
        Object computed;
        if (annotate != null && Abstract.isCallable(annotate)) {
            computed = Abstract.call(annotate, PyInt.of(1));
            if (!(computed instanceof PyDict)) {
                throw Errors.typeError("__annotate__ returned non-dict of type '%s'", Abstract.typeName(computed));
            }
        } else {
            computed = new PyDict();
        }
        // while the body runs, more annotations may follow: no caching yet
        if (!org.ember.interp.Importer.isInitializing(Abstract.builtinPart(self))) ns.setItem(ANNOTATIONS, computed);
        return computed;
    }

    private static void setAnnotations(Object self, Object value) {
        PyDict ns = ((PyModule) Abstract.builtinPart(self)).dict;
        if (value == null) {
            if (!ns.delItemIfPresent(ANNOTATIONS)) throw Errors.attributeError("__annotations__");
        } else {
            ns.setItem(ANNOTATIONS, value);
        }
    }

    private static Object annotate(Object self) {
        PyDict ns = ((PyModule) Abstract.builtinPart(self)).dict;
        Object found = ns.getItem(ANNOTATE);
        if (found != null) return found;
        ns.setItem(ANNOTATE, PyNone.NONE);
        return PyNone.NONE;
    }

    private static void setAnnotate(Object self, Object value) {
        PyDict ns = ((PyModule) Abstract.builtinPart(self)).dict;
        if (value == null) throw Errors.typeError("cannot delete __annotate__ attribute");
        if (value != PyNone.NONE && !Abstract.isCallable(value)) throw Errors.typeError("__annotate__ must be callable or None");
        ns.setItem(ANNOTATE, value);
        if (value != PyNone.NONE) ns.delItemIfPresent(ANNOTATIONS);
    }
}
