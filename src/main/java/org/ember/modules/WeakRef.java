package org.ember.modules;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyWeakProxy;
import org.ember.runtime.PyWeakRef;
import org.ember.runtime.WeakRefRegistry;

/**
 * {@code _weakref}: the weak reference types and counters that the {@code weakref} library
 * module builds on. The types live in the runtime ({@link PyWeakRef}, {@link PyWeakProxy});
 * when callbacks run is explained in {@link WeakRefRegistry}.
 */
public final class WeakRef {
    private WeakRef() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_weakref");
        PyDict d = m.dict();
        d.setItem(new PyStr("ref"), PyWeakRef.TYPE);
        d.setItem(new PyStr("ReferenceType"), PyWeakRef.TYPE);
        d.setItem(new PyStr("ProxyType"), PyWeakProxy.TYPE);
        d.setItem(new PyStr("CallableProxyType"), PyWeakProxy.CALLABLE_TYPE);
        def(m, ArgSpec.positional("proxy", 1, 2), (self, a) -> PyWeakProxy.create(a[0], a[1]));
        def(m, ArgSpec.one("getweakrefcount"), (self, a) -> PyInt.of(interp.weakRefs.refsTo(a[0]).size()));
        def(m, ArgSpec.one("getweakrefs"), (self, a) -> {
            PyList refs = new PyList();
            for (WeakRefRegistry.WeakRefBase r : interp.weakRefs.refsTo(a[0])) refs.append(ownerOf(r));
            return refs;
        });
        def(m, ArgSpec.positional("_remove_dead_weakref", 2, 2), (self, a) -> {
            // dict.pop(key) if its value is a dead weakref: the WeakValueDictionary helper
            if (a[0] instanceof PyDict dict && dict.getItem(a[1]) instanceof PyWeakRef r && r.referent() == null) {
                dict.delItemIfPresent(a[1]);
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static Object ownerOf(WeakRefRegistry.WeakRefBase r) {
        return r.owner();
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
