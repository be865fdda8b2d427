package org.ember;

/** Ember's version and the Python language version it implements. */
public final class Version {
    private Version() {}

    public static final String EMBER = "0.1.0";
    public static final int PY_MAJOR = 3, PY_MINOR = 14, PY_MICRO = 0;
    public static final String PYTHON = PY_MAJOR + "." + PY_MINOR + "." + PY_MICRO;

    /** What {@code ember -V} prints: the language version first, as tools that parse {@code python -V} expect. */
    public static final String SHORT = "Python " + PYTHON + " (Ember " + EMBER + ")";
    /** What {@code ember -VV} prints. */
    public static final String LONG = SHORT + " [Java " + Runtime.version() + "]";
}
