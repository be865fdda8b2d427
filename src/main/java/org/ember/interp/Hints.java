package org.ember.interp;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ExceptionFields;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTraceback;
import org.ember.runtime.Suggestions;
import org.ember.runtime.ThreadState;

/**
 * The "Did you mean: 'x'?" and "Did you forget to import 'x'?" endings CPython 3.13's traceback
 * printer adds to NameError, AttributeError and ImportError lines (they are not part of the
 * exception's str): candidates from the failing frame's namespaces, the object's dir(), or the
 * module's dir(), measured by {@link Suggestions}.
 */
final class Hints {
    private Hints() {}

    static String suggestion(PyBaseException exc) {
        try {
            if (Abstract.isInstance(exc, Exceptions.ImportError)) {
                if (!(ExceptionFields.get(exc, "name_from") instanceof PyStr wrong)) return "";
                return didYouMean(closest(wrong.value(), importCandidates(exc, wrong.value())));
            }
            boolean nameError = Abstract.isInstance(exc, Exceptions.NameError);
            if (!nameError && !Abstract.isInstance(exc, Exceptions.AttributeError)) return "";
            if (!(ExceptionFields.get(exc, "name") instanceof PyStr wrong)) return "";
            String suggestion = nameError ? nameSuggestion(exc, wrong.value())
                    : closest(wrong.value(), attributeCandidates(exc, wrong.value()));
            String text = didYouMean(suggestion);
            if (nameError && isStdlibModule(wrong.value())) {
                text += suggestion != null ? " Or did you forget to import '" + wrong.value() + "'?"
                        : ". Did you forget to import '" + wrong.value() + "'?";
            }
            return text;
        } catch (PyException e) {
            return "";  // CPython gives up silently when computing a suggestion fails
        }
    }

    private static String didYouMean(String suggestion) {
        return suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
    }

    private static String closest(String wrong, List<String> candidates) {
        return candidates == null ? null : Suggestions.closest(wrong, candidates);
    }

    private static PyTraceback innermost(PyBaseException exc) {
        if (!(exc.traceback() instanceof PyTraceback tb)) return null;
        while (tb.next() != null) tb = tb.next();
        return tb;
    }

    /** Locals, globals and builtins of the failing frame; "self.x" when the instance has it. */
    private static String nameSuggestion(PyBaseException exc, String wrong) {
        PyTraceback tb = innermost(exc);
        if (tb == null || tb.frame() == null) return null;
        PyFrame frame = tb.frame().frameObject();
        Object locals = frame.locals();
        List<String> names = new ArrayList<>();
        addKeys(names, locals);
        addKeys(names, frame.frame.globals);
        addKeys(names, frame.frame.builtins);
        Object self = lookup(locals, "self");
        if (self != null && Abstract.lookupAttr(self, new PyStr(wrong)) != null) return "self." + wrong;
        return Suggestions.closest(wrong, names);
    }

    /** dir(obj), without _names unless the name itself starts with one or we are inside obj's method. */
    private static List<String> attributeCandidates(PyBaseException exc, String wrong) {
        Object obj = ExceptionFields.get(exc, "obj");
        if (obj == null) return null;
        boolean hideUnderscored = !wrong.startsWith("_");
        PyTraceback tb = innermost(exc);
        if (hideUnderscored && tb != null && tb.frame() != null) {
            if (lookup(tb.frame().frameObject().locals(), "self") == obj) hideUnderscored = false;
        }
        return dirNames(obj, hideUnderscored);
    }

    private static List<String> importCandidates(PyBaseException exc, String wrong) {
        if (!(ExceptionFields.get(exc, "name") instanceof PyStr module)) return null;
        Object mod = ThreadState.current().interpreter().modules.getItem(module);
        if (mod == null) return null;
        return dirNames(mod, !wrong.startsWith("_"));
    }

    private static List<String> dirNames(Object obj, boolean hideUnderscored) {
        Object method = Abstract.typeOf(obj).lookup("__dir__");
        if (method == null) return null;
        List<String> names = new ArrayList<>();
        Object it = Abstract.getIter(Abstract.callMethod(method, obj));
        for (Object k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (k instanceof PyStr s && !(hideUnderscored && s.value().startsWith("_"))) names.add(s.value());
        }
        return names;
    }

    private static void addKeys(List<String> names, Object mapping) {
        if (mapping instanceof PyDict d) {
            for (Object k : d.keys()) if (k instanceof PyStr s) names.add(s.value());
        } else if (mapping instanceof FrameLocalsProxy p) {
            addKeys(names, p.snapshot());
        }
    }

    private static Object lookup(Object mapping, String key) {
        if (mapping instanceof PyDict d) return d.getItemStr(key);
        if (mapping instanceof FrameLocalsProxy p) return p.get(new PyStr(key), false);
        return null;
    }

    private static boolean isStdlibModule(String name) {
        if (!(ThreadState.current().interpreter().modules.getItemStr("sys") instanceof PyModule sys)) return false;
        Object names = sys.dict().getItemStr("stdlib_module_names");
        return names != null && Abstract.contains(names, new PyStr(name));
    }
}
