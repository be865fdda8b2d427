package org.ember.compiler;

/** Private name mangling: {@code __spam} inside {@code class Ham} becomes {@code _Ham__spam}. */
public final class Mangling {
    private Mangling() {}

    /**
     * CPython's {@code _Py_Mangle}. {@code privateName} is the name of the innermost enclosing
     * class (null outside classes). Names that do not start with two underscores, dunder names
     * ({@code __x__}), dotted names (import paths) and classes named only with underscores are
     * left alone; leading underscores of the class name are dropped.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }
}
