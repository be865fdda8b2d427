package org.ember.modules.re;

import org.ember.runtime.*;

/**
 * {@code _re}: the Java core of the {@code re} module (the Python part is {@code lib/re.py}).
 * It compiles patterns into {@link PatternObject}s and escapes strings. Errors are raised as
 * the {@code error} class that re.py stores into this module ({@code re.PatternError}), with
 * (msg, pattern, pos) arguments so that class computes lineno/colno as CPython's does.
 */
public final class ReModule {
    private ReModule() {}

    /** Per-interpreter state: the module, where re.py puts the error class. */
    static final class Context {
        final PyModule module;

        Context(PyModule module) {
            this.module = module;
        }

        PyException toPython(RegexError e, PyObject pattern) {
            return switch (e.kind) {
                case OVERFLOW -> Errors.overflowError("%s", e.getMessage());
                case INDEX -> Errors.indexError("%s", e.getMessage());
                case VALUE -> Errors.valueError("%s", e.getMessage());
                case RECURSION -> Errors.recursionError("%s", e.getMessage());
                case PATTERN -> patternError(e, pattern);
            };
        }

        private PyException patternError(RegexError e, PyObject pattern) {
            Object cls = module.dict().getItemStr("error");
            if (cls == null) return Errors.valueError("%s", e.getMessage());
            // errors without a position (the compiler's look-behind checks) carry no pattern either
            Object exc = e.pos < 0 ? Abstract.call(cls, new PyStr(e.getMessage()))
                    : Abstract.call(cls, new PyStr(e.getMessage()), pattern, PyInt.of(e.pos));
            if (exc instanceof PyBaseException be) return new PyException(be);
            return Errors.typeError("exceptions must derive from BaseException");
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_re");
        Context ctx = new Context(m);
        def(m, ArgSpec.positional("compile", 2, 2), (self, a) -> compile(ctx, a[0], a[1]));
        def(m, ArgSpec.one("escape"), (self, a) -> escape(a[0]));
        m.dict().setItem(new PyStr("Pattern"), PatternObject.TYPE);
        m.dict().setItem(new PyStr("Match"), MatchObject.TYPE);
        m.dict().setItem(new PyStr("MAXREPEAT"), PyInt.of(Node.MAXREPEAT));
        m.dict().setItem(new PyStr("MAXGROUPS"), PyInt.of(RegexParser.MAXGROUPS));
        return m;
    }

    private static Object compile(Context ctx, Object pattern, Object flagsObj) {
        PyStr p = PyStr.asStr(pattern);
        int[] codes;
        if (p != null) {
            codes = p.value().codePoints().toArray();
        } else {
            byte[] b = PyBuffer.bytesOf(pattern);
            if (b == null) throw Errors.typeError("first argument must be string or compiled pattern");
            codes = new int[b.length];
            for (int i = 0; i < b.length; i++) codes[i] = b[i] & 0xff;
        }
        int flags = (int) Abstract.asSize(flagsObj, Exceptions.OverflowError);
        try {
            Program program = RegexCompiler.compile(codes, p != null, flags);
            return new PatternObject(program, (PyObject) pattern, ctx);
        } catch (RegexError e) {
            throw ctx.toPython(e, (PyObject) pattern);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    /** re.escape: a backslash before each character that is special in a pattern (str or bytes). */
    private static Object escape(Object o) {
        PyStr s = PyStr.asStr(o);
        if (s == null) {
            byte[] b = PyBuffer.bytesOf(o);
            if (b == null) throw Errors.typeError("expected str instance, %s found", Abstract.typeName(o));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length + 8);
            for (byte x : b) {
                if (SPECIAL.indexOf((char) (x & 0xff)) >= 0) out.write('\\');
                out.write(x);
            }
            return new PyBytes(out.toByteArray());
        }
        String v = s.value();
        StringBuilder sb = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return new PyStr(sb.toString());
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
