package org.ember.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.ember.runtime.Errors;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/** Positional arguments plus named keywords, from an {@code ArgSpec.vector} binding. */
record VectorArgs(Object[] positional, Map<String, Object> keywords) {

    static VectorArgs of(Object[] bound, String function, Set<String> allowedKeywords) {
        Object[] all = (Object[]) bound[0];
        int nargs = (Integer) bound[1];
        PyTuple kwnames = (PyTuple) bound[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        Object[] positional = java.util.Arrays.copyOf(all, nargs - nkw);
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (int i = 0; i < nkw; i++) {
            String name = ((PyStr) kwnames.get(i)).value();
            if (!allowedKeywords.contains(name)) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", function, name);
            }
            keywords.put(name, all[nargs - nkw + i]);
        }
        return new VectorArgs(positional, keywords);
    }

    Object keyword(String name) {
        return keywords.get(name);
    }
}
