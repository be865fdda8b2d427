package org.ember.modules.thread;

import java.util.Arrays;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.Slot;

/**
 * {@code _thread._local} (threading.local): every thread sees its own attribute dict. A
 * subclass's {@code __init__} runs again, with the constructor's arguments, the first time a
 * new thread touches the object (CPython's rule). Subclasses inherit the attribute slots below,
 * so their instances are thread-local too; the per-thread dict lives in a Java ThreadLocal,
 * which dies with its thread.
 */
public final class PyLocal extends PyObject implements org.ember.runtime.WeakRefRegistry.WeakReferenceable {

    public static final PyType TYPE = PyType.builtin("_local", PyLocal.class).module("_thread").subclassable()
            .slots(t -> {
                t.getattro = PyLocal::getAttr;
                t.setattro = PyLocal::setAttr;
                t.newInstance = PyLocal::make;
            })
            .build();

    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();
    /** The constructor's arguments, replayed to __init__ in each new thread. */
    private final Object[] initArgs;
    private final PyTuple initKwnames;

    private PyLocal(Object[] initArgs, PyTuple initKwnames) {
        this.initArgs = initArgs;
        this.initKwnames = initKwnames;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static Object make(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (nargs > 0 && type.init == PyType.OBJECT.init) {
            throw Errors.typeError("Initialization arguments are not supported");
        }
        PyLocal local = new PyLocal(Arrays.copyOfRange(args, offset, offset + nargs), kwnames);
        local.dicts.set(new PyDict());   // the creating thread's __init__ is run by the type call itself
        return type.wrap(local);
    }

    /** This thread's dict of {@code self}, made (and __init__ replayed) on the thread's first access. */
    private static PyDict dictFor(Object self) {
        PyLocal local = (PyLocal) Abstract.builtinPart(self);
        PyDict dict = local.dicts.get();
        if (dict != null) return dict;
        dict = new PyDict();
        local.dicts.set(dict);
        PyType type = Abstract.typeOf(self);
        if (type.init != PyType.OBJECT.init) {
            Object init = type.lookup("__init__");
            if (init != null) {
                Object[] args = local.initArgs;
                Abstract.callMethodVector(init, self, args, 0, args.length, local.initKwnames);
            }
        }
        return dict;
    }

    private static Object getAttr(Object self, Object nameObj) {
        PyStr name = (PyStr) nameObj;
        PyDict dict = dictFor(self);
        String key = name.value();
        if (key.equals("__dict__")) return dict;
        PyType type = Abstract.typeOf(self);
        Object descr = type.lookup(key);
        Slot.Ternary get = null;
        if (descr != null) {
            PyType descrType = Abstract.typeOf(descr);
            get = descrType.descrGet;
            if (get != null && descrType.descrSet != null) return get.apply(descr, self, type);
        }
        Object own = dict.getItem(name);
        if (own != null) return own;
        if (get != null) return get.apply(descr, self, type);
        if (descr != null) return descr;
        throw Errors.noAttribute(self, key, "'%s' object has no attribute '%s'", typeLabel(type), key);
    }

    private static void setAttr(Object self, Object nameObj, Object valueOrNull) {
        PyStr name = (PyStr) nameObj;
        PyType type = Abstract.typeOf(self);
        String key = name.value();
        if (key.equals("__dict__")) {
            throw Errors.attributeError("'%s' object attribute '__dict__' is read-only", typeLabel(type));
        }
        PyDict dict = dictFor(self);
        Object descr = type.lookup(key);
        if (descr != null) {
            Slot.Store set = Abstract.typeOf(descr).descrSet;
            if (set != null) {
                set.store(descr, self, valueOrNull);
                return;
            }
        }
        if (valueOrNull != null) {
            dict.setItem(name, valueOrNull);
        } else if (!dict.delItemIfPresent(name)) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", typeLabel(type), key);
        }
    }

    private static String typeLabel(PyType type) {
        return type == TYPE ? "_thread._local" : type.name();
    }
}
