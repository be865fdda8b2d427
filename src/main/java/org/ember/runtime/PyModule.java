package org.ember.runtime;

/** {@code module}: a namespace dict with a name; attribute access reads and writes the dict. */
public final class PyModule extends PyObject {

    public static final PyType TYPE = PyType.builtin("module", PyModule.class)
            .subclassable()
            .slots(t -> {
                t.repr = self -> new PyStr("<module " + PyStr.repr(((PyModule) Abstract.builtinPart(self)).name()) + ">");
                t.getattro = PyModule::getAttr;
                t.newInstance = (type, args, off, n, kw) -> type.wrap(new PyModule(""));
                t.init = (self, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("module", 0, 1, 2, "name", "doc").bind(args, off, n, kw);
                    if (!(a[0] instanceof PyStr name)) throw Errors.mustBe("module.__init__() argument 'name'", "str", a[0]);
                    PyModule m = (PyModule) Abstract.builtinPart(self);
                    m.dict.setItem(new PyStr("__name__"), name);
                    m.dict.setItem(new PyStr("__doc__"), a[1] == null ? PyNone.NONE : a[1]);
                    return PyNone.NONE;
                };
            })
            .dict(d -> {
                d.getset("__dict__", self -> ((PyModule) Abstract.builtinPart(self)).dict, null);
                d.method0("__dir__", self -> {  // the namespace's keys, or its own __dir__ function (PEP 562)
                    PyDict ns = ((PyModule) Abstract.builtinPart(self)).dict;
                    Object custom = ns.getItemStr("__dir__");
                    return custom != null ? Abstract.call(custom) : PyList.of(ns.keys().toArray());
                });
            })
            .build();

    private final PyDict dict = new PyDict();

    public PyModule(String name) {
        dict.setItem(new PyStr("__name__"), new PyStr(name));
        dict.setItem(new PyStr("__doc__"), PyNone.NONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyDict dict() {
        return dict;
    }

    public String name() {
        return dict.getItemStr("__name__") instanceof PyStr s ? s.value() : "?";
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
}
