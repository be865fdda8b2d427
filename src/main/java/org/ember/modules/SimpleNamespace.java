package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * {@code types.SimpleNamespace} as far as sys needs it ({@code sys.implementation}): attributes
 * kept in a dict, repr {@code namespace(name='ember', ...)}.
 */
final class SimpleNamespace extends PyObject {

    static final PyType TYPE = PyType.builtin("SimpleNamespace", SimpleNamespace.class)
            .module("types")
            .slots(t -> {
                t.getattro = (self, name) -> {
                    Object found = Abstract.genericGetAttr(self, (PyStr) name, true);
                    if (found != null) return found;
                    Object own = ((SimpleNamespace) self).dict.getItem(name);
                    if (own != null) return own;
                    throw Errors.attributeError("'types.SimpleNamespace' object has no attribute '%s'", ((PyStr) name).value());
                };
                t.setattro = (self, name, value) -> {
                    PyDict dict = ((SimpleNamespace) self).dict;
                    if (value != null) dict.setItem(name, value);
                    else if (!dict.delItemIfPresent(name)) {
                        throw Errors.attributeError("'types.SimpleNamespace' object has no attribute '%s'", ((PyStr) name).value());
                    }
                };
                t.repr = self -> ((SimpleNamespace) self).repr();
            })
            .dict(d -> d.getset("__dict__", self -> ((SimpleNamespace) self).dict, null))
            .build();

    private final PyDict dict = new PyDict();

    static SimpleNamespace create() {
        return new SimpleNamespace();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyStr repr() {
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(this)) return new PyStr("namespace(...)");
        try {
            StringBuilder sb = new StringBuilder("namespace(");
            boolean first = true;
            for (Object[] e : dict.entries()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.str(e[0]).value()).append('=').append(Abstract.repr(e[1]).value());
            }
            return new PyStr(sb.append(')').toString());
        } finally {
            ts.reprLeave(this);
        }
    }
}
