package org.ember.runtime;

import java.util.Arrays;

/**
 * How a builtin function or method takes its arguments, and the binding of a vectorcall
 * argument list to parameter slots with CPython's exact error messages.
 *
 * <p>The styles mirror CPython's calling conventions, because the messages differ between them:
 * {@code NOARGS} and {@code ONE} (METH_NOARGS / METH_O: "list.append() takes exactly one
 * argument (2 given)"), {@code POSITIONAL} (Argument Clinic positional-only: "pop expected at
 * most 1 argument, got 2"), {@code KEYWORDS} (Clinic with keywords: "sort() takes no positional
 * arguments", "f() missing required argument 'x' (pos 1)") and {@code VARARGS} (the body gets
 * one tuple of all positional arguments, no keywords).
 *
 * <p>{@link #bind} returns one slot per parameter; an omitted optional parameter is null.
 */
public record ArgSpec(String name, String displayName, Style style, String[] names,
                      int posOnly, int minArgs, int maxPositional) {

    public enum Style { NOARGS, ONE, POSITIONAL, KEYWORDS, VARARGS, VECTOR }

    private static final Object[] NO_ARGS = new Object[0];

    public static ArgSpec noArgs(String name) {
        return new ArgSpec(name, name, Style.NOARGS, new String[0], 0, 0, 0);
    }

    public static ArgSpec one(String name) {
        return new ArgSpec(name, name, Style.ONE, new String[] {"arg"}, 1, 1, 1);
    }

    /** Positional-only parameters, {@code min} of them required. */
    public static ArgSpec positional(String name, int min, int max) {
        String[] names = new String[max];
        Arrays.fill(names, "arg");
        return new ArgSpec(name, name, Style.POSITIONAL, names, max, min, max);
    }

    /**
     * Parameters that may be passed by keyword: the first {@code posOnly} are positional-only,
     * the first {@code min} are required, parameters past {@code maxPositional} are keyword-only.
     */
    public static ArgSpec keywords(String name, int posOnly, int min, int maxPositional, String... names) {
        return new ArgSpec(name, name, Style.KEYWORDS, names, posOnly, min, maxPositional);
    }

    public static ArgSpec varargs(String name) {
        return new ArgSpec(name, name, Style.VARARGS, new String[] {"args"}, 0, 0, Integer.MAX_VALUE);
    }

    /** No checking: the body gets {copy of the argument array, nargs, kwnames} (for __new__ wrappers and the like). */
    public static ArgSpec vector(String name) {
        return new ArgSpec(name, name, Style.VECTOR, new String[0], 0, 0, Integer.MAX_VALUE);
    }

    /** The same spec, with METH_NOARGS/METH_O messages naming {@code owner.name()}. */
    public ArgSpec ownedBy(String owner) {
        return new ArgSpec(name, owner + "." + name, style, names, posOnly, minArgs, maxPositional);
    }

    /** Binds {@code args[offset..offset+nargs)} (the last kwnames.size() by keyword). */
    public Object[] bind(Object[] args, int offset, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        switch (style) {
            case NOARGS -> {
                if (nkw > 0) throw noKeywords(displayName);
                if (npos != 0) throw Errors.typeError("%s() takes no arguments (%d given)", displayName, npos);
                return NO_ARGS;
            }
            case ONE -> {
                if (nkw > 0) throw noKeywords(displayName);
                if (npos != 1) throw Errors.typeError("%s() takes exactly one argument (%d given)", displayName, npos);
                return new Object[] {args[offset]};
            }
            case VECTOR -> {
                return new Object[] {Arrays.copyOfRange(args, offset, offset + nargs), nargs, kwnames};
            }
            case VARARGS -> {
                if (nkw > 0) throw noKeywords(displayName);
                return new Object[] {PyTuple.of(Arrays.copyOfRange(args, offset, offset + npos))};
            }
            case POSITIONAL -> {
                if (nkw > 0) throw noKeywords(displayName);
                checkPositionalCount(npos);
                Object[] bound = new Object[names.length];
                System.arraycopy(args, offset, bound, 0, npos);
                return bound;
            }
            default -> {
                return bindKeywords(args, offset, npos, kwnames);
            }
        }
    }

    private static PyException noKeywords(String fname) {
        return Errors.typeError("%s() takes no keyword arguments", fname);
    }

    private void checkPositionalCount(int n) {
        if (n >= minArgs && n <= maxPositional) return;
        String bound = minArgs == maxPositional ? "" : n < minArgs ? "at least " : "at most ";
        int expected = n < minArgs ? minArgs : maxPositional;
        throw Errors.typeError("%s expected %s%d argument%s, got %d",
                name, bound, expected, expected == 1 ? "" : "s", n);
    }

    private Object[] bindKeywords(Object[] args, int offset, int npos, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int maxArgs = names.length;
        if (npos + nkw > maxArgs) {
            throw Errors.typeError("%s() takes at most %d %sargument%s (%d given)",
                    name, maxArgs, npos == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", npos + nkw);
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) throw Errors.typeError("%s() takes no positional arguments", name);
            throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)",
                    name, Math.min(minArgs, maxPositional) < maxPositional ? "at most" : "exactly",
                    maxPositional, maxPositional == 1 ? "" : "s", npos);
        }
        int minPosOnly = Math.min(posOnly, minArgs);
        if (npos < minPosOnly) {
            throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)",
                    name, minPosOnly < maxPositional ? "at least" : "exactly",
                    minPosOnly, minPosOnly == 1 ? "" : "s", npos);
        }
        Object[] bound = new Object[maxArgs];
        System.arraycopy(args, offset, bound, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = ((PyStr) kwnames.get(k)).value();
            int index = parameterIndex(kw);
            if (index < 0) throw unexpectedKeyword(kw);
            if (index < npos) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", name, kw, index + 1);
            }
            bound[index] = args[offset + npos + k];
        }
        for (int i = npos; i < minArgs; i++) {
            if (bound[i] == null) {
                throw Errors.typeError("%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
            }
        }
        return bound;
    }

    /** "f() got an unexpected keyword argument 'sepx'. Did you mean 'sep'?" (the hint when one is close). */
    private PyException unexpectedKeyword(String kw) {
        String hint = Suggestions.closest(kw, Arrays.asList(names).subList(posOnly, names.length));
        return Errors.typeError("%s() got an unexpected keyword argument '%s'%s", name, kw,
                hint == null ? "" : ". Did you mean '" + hint + "'?");
    }

    /** Keyword-capable parameter index of {@code kw}, or -1 (positional-only names never match). */
    private int parameterIndex(String kw) {
        for (int i = posOnly; i < names.length; i++) {
            if (names[i].equals(kw)) return i;
        }
        return -1;
    }
}
