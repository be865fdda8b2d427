package org.ember.interp;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Errors;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/** Binds vectorcall arguments to a Python function's parameter slots, with CPython's messages. */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction func, Object[] slots, Object[] args, int offset, int nargs, PyTuple kwnames) {
        PyCode code = func.code;
        int argCount = code.raw.argCount();
        int kwOnly = code.raw.kwOnlyArgCount();
        int flags = code.flags();
        boolean hasVarargs = (flags & PyCode.CO_VARARGS) != 0;
        boolean hasVarkw = (flags & PyCode.CO_VARKEYWORDS) != 0;
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        int varargsIndex = argCount + kwOnly;
        int varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);

        if (nkw == 0 && npos == argCount && !hasVarargs && !hasVarkw && kwOnly == 0) {
            System.arraycopy(args, offset, slots, 0, npos); // the common exact-positional case
            return;
        }
        PyDict kwdict = null;
        if (hasVarkw) {
            kwdict = new PyDict();
            slots[varkwIndex] = kwdict;
        }
        int copied = Math.min(npos, argCount);
        System.arraycopy(args, offset, slots, 0, copied);
        if (hasVarargs) {
            Object[] extra = new Object[Math.max(0, npos - argCount)];
            System.arraycopy(args, offset + copied, extra, 0, extra.length);
            slots[varargsIndex] = PyTuple.of(extra);
        } else if (npos > argCount) {
            throw tooManyPositional(func, npos, args, offset, nargs, kwnames);
        }
        List<String> posOnlyAsKw = null; // made only when needed: most calls that get here pass no keywords
        for (int k = 0; k < nkw; k++) {
            Object keyObj = kwnames.get(k);
            Object value = args[offset + npos + k];
            String key = ((PyStr) keyObj).value();
            int index = findKeyword(code, key);
            if (index < 0) {
                if (kwdict != null) {
                    kwdict.setItem(keyObj, value);
                    continue;
                }
                if (code.localIndex(key) >= 0 && code.localIndex(key) < code.raw.posOnlyArgCount()) {
                    if (posOnlyAsKw == null) posOnlyAsKw = new ArrayList<>();
                    posOnlyAsKw.add(key);
                    continue;
                }
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", func.qualname, key);
            }
            if (slots[index] != null) {
                throw Errors.typeError("%s() got multiple values for argument '%s'", func.qualname, key);
            }
            slots[index] = value;
        }
        if (posOnlyAsKw != null) {
            throw Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    func.qualname, String.join(", ", posOnlyAsKw));
        }
        fillDefaults(func, slots, npos);
    }

    /** The slot of a keyword-passable parameter named {@code key}, or -1. */
    private static int findKeyword(PyCode code, String key) {
        int end = code.raw.argCount() + code.raw.kwOnlyArgCount();
        for (int i = code.raw.posOnlyArgCount(); i < end; i++) {
            if (code.localsPlusNames[i].value().equals(key)) return i;
        }
        return -1;
    }

    private static void fillDefaults(PyFunction func, Object[] slots, int npos) {
        PyCode code = func.code;
        int argCount = code.raw.argCount();
        int ndefaults = func.defaults == null ? 0 : func.defaults.size();
        int firstDefault = argCount - ndefaults;
        List<String> missing = null; // made only for the error: this runs on every call that uses a default
        for (int i = npos; i < argCount; i++) {
            if (slots[i] != null) continue;
            if (i >= firstDefault) slots[i] = func.defaults.get(i - firstDefault);
            else (missing == null ? missing = new ArrayList<>() : missing).add(code.localsPlusNames[i].value());
        }
        if (missing != null) throw missing(func, missing, "positional");
        for (int i = argCount; i < argCount + code.raw.kwOnlyArgCount(); i++) {
            if (slots[i] != null) continue;
            Object dflt = func.kwdefaults == null ? null : func.kwdefaults.getItem(code.localsPlusNames[i]);
            if (dflt != null) slots[i] = dflt;
            else (missing == null ? missing = new ArrayList<>() : missing).add(code.localsPlusNames[i].value());
        }
        if (missing != null) throw missing(func, missing, "keyword-only");
    }

    private static RuntimeException missing(PyFunction func, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            list.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError("%s() missing %d required %s argument%s: %s", func.qualname, names.size(), kind,
                names.size() == 1 ? "" : "s", list);
    }

    private static RuntimeException tooManyPositional(PyFunction func, int npos, Object[] args, int offset,
                                                      int nargs, PyTuple kwnames) {
        PyCode code = func.code;
        int argCount = code.raw.argCount();
        int ndefaults = func.defaults == null ? 0 : func.defaults.size();
        String takes = ndefaults > 0
                ? "from " + (argCount - ndefaults) + " to " + argCount + " positional arguments"
                : argCount + " positional argument" + (argCount == 1 ? "" : "s");
        int kwOnlyGiven = 0;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.size(); k++) {
                int index = findKeyword(code, ((PyStr) kwnames.get(k)).value());
                if (index >= argCount) kwOnlyGiven++;
            }
        }
        String given = kwOnlyGiven > 0
                ? npos + " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwOnlyGiven
                    + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ") were given"
                : npos + (npos == 1 ? " was given" : " were given");
        return Errors.typeError("%s() takes %s but %s", func.qualname, takes, given);
    }
}
