package org.ember.modules.collections;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * collections.ChainMap's lookup in Java: {@code __getitem__} tries each of {@code self.maps} in
 * turn and ends with {@code self.__missing__(key)}, as the Python method does. A plain dict is
 * asked without raising a KeyError for each map that lacks the key (the Python loop raises and
 * catches one per miss); any other mapping is subscripted and its KeyError caught, so a mapping's
 * own {@code __missing__} still answers. {@code _collections._chainmap_methods(cls)} makes it a
 * method descriptor of {@code cls}; collections installs it.
 */
final class ChainMapMethods {
    private ChainMapMethods() {}

    private static final PyStr MAPS = new PyStr("maps");
    private static final PyStr MISSING = new PyStr("__missing__");

    static PyDict methodsFor(Object clsObj) {
        if (!(clsObj instanceof PyType cls)) throw Errors.typeError("_chainmap_methods() argument must be a type");
        PyDict methods = new PyDict();
        String qualname = cls.qualname() + ".__getitem__";
        methods.setItem(new PyStr("__getitem__"),
                new PyMethodDescr(cls, ArgSpec.vector("__getitem__"), (self, a) -> getItem(self, keyArgument(qualname, a)), false));
        return methods;
    }

    /** Binds a VECTOR call {args, nargs, kwnames} to {@code def __getitem__(self, key)}, with its messages. */
    private static Object keyArgument(String qualname, Object[] call) {
        Object[] args = (Object[]) call[0];
        int nargs = (Integer) call[1];
        PyTuple kwnames = (PyTuple) call[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        if (npos > 1) throw Errors.typeError("%s() takes 2 positional arguments but %d were given", qualname, npos + 1);
        Object key = npos == 1 ? args[0] : null;
        for (int k = 0; k < nkw; k++) {
            String keyword = ((PyStr) kwnames.get(k)).value();
            if (!keyword.equals("key")) throw Errors.typeError("%s() got an unexpected keyword argument '%s'", qualname, keyword);
            if (key != null) throw Errors.typeError("%s() got multiple values for argument 'key'", qualname);
            key = args[npos + k];
        }
        if (key == null) throw Errors.typeError("%s() missing 1 required positional argument: 'key'", qualname);
        return key;
    }

    private static Object getItem(Object self, Object key) {
        Object maps = Abstract.getAttr(self, MAPS);
        Object it = Abstract.getIter(maps);
        for (Object mapping = Abstract.next(it); mapping != null; mapping = Abstract.next(it)) {
            if (mapping instanceof PyDict dict) {   // exactly dict: no __missing__ to consult
                Object value = dict.getItem(key);
                if (value != null) return value;
                continue;
            }
            try {
                return Abstract.getItem(mapping, key);
            } catch (PyException e) {
                if (!e.matches(Exceptions.KeyError)) throw e;
            }
        }
        return Abstract.call(Abstract.getAttr(self, MISSING), key);
    }
}
