package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;

/**
 * {@code _suggestions}: the "Did you mean" search of tracebacks ({@code
 * _generate_suggestions(candidates, item)}), the closest candidate by
 * {@link org.ember.runtime.Suggestions}' measure, as CPython's C helper.
 * traceback.py calls it for every NameError/AttributeError/ImportError it formats; in Python
 * the search took ~100x CPython's time.
 */
public final class Suggestions {
    private Suggestions() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_suggestions");
        ArgSpec spec = ArgSpec.positional("_generate_suggestions", 2, 2);
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, (self, a) -> generate(a[0], a[1])));
        return m;
    }

    private static Object generate(Object candidates, Object item) {
        if (!(candidates instanceof PyList list)) throw Errors.typeError("candidates must be a list");
        PyStr name = PyStr.asStr(item);
        if (name == null) throw Errors.typeError("item must be a string");
        int size = list.size();
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            PyStr candidate = PyStr.asStr(list.get(i));
            if (candidate == null) throw Errors.typeError("all elements in 'candidates' must be strings");
            texts.add(candidate.value());
        }
        int best = org.ember.runtime.Suggestions.closestIndex(name.value(), texts);
        return best < 0 ? PyNone.NONE : list.get(best);
    }
}
