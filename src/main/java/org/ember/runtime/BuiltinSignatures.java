package org.ember.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code __text_signature__} of builtin functions, methods, slot wrappers and types: CPython
 * 3.14's strings ({@code len} has "($module, obj, /)"), which {@code inspect.signature} parses.
 *
 * <p>The facts come from text-signatures.txt (written by tools/gen-text-signatures.py from
 * CPython), read on first use: keys are "module.function", "module.Type", "module.Type.name"
 * and "*.name" for a slot wrapper's signature common to every type; a signature "-" is None.
 */
public final class BuiltinSignatures {
    private BuiltinSignatures() {}

    private static final class Table {
        static final Map<String, String> SIGNATURES = load();
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = BuiltinSignatures.class.getResourceAsStream("text-signatures.txt")) {
            if (in == null) return table;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) continue;
                table.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /** The file writes a backslash as two and a newline as backslash-n. */
    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Object lookup(String key) {
        String found = Table.SIGNATURES.get(key);
        return found == null || found.equals("-") ? null : new PyStr(found);
    }

    private static Object orNone(Object signature) {
        return signature == null ? PyNone.NONE : signature;
    }

    /** The key of a builtin type: its module and qualified name ("builtins.str", "itertools.count"). */
    private static String typeKey(PyType t) {
        return t.module() + "." + t.qualname();
    }

    /** A method {@code name} found along {@code type}'s MRO (builtin types only), or null. */
    private static Object method(PyType type, String name) {
        for (PyType t : type.mro()) {
            if (t.isHeapType()) continue;
            Object found = lookup(typeKey(t) + "." + name);
            if (found != null) return found;
        }
        return null;
    }

    /** {@code len.__text_signature__}, {@code [].append.__text_signature__}, {@code dict.fromkeys...}. */
    public static Object ofFunction(PyBuiltinFunction f, Object moduleName) {
        Object self = f.self();
        if (self instanceof PyType t) return orNone(method(t, f.name()));
        if (self != null && !(self instanceof PyModule)) return orNone(method(Abstract.typeOf(self), f.name()));
        if (!(moduleName instanceof PyStr module)) return PyNone.NONE;
        return orNone(lookup(module.value() + "." + f.name()));
    }

    /** {@code str.split.__text_signature__} (a method or class-method descriptor). */
    public static Object ofMethod(PyType owner, String name) {
        return orNone(method(owner, name));
    }

    /** {@code object.__init__.__text_signature__} and the bound method-wrapper's: by type, else the slot's. */
    public static Object ofSlotWrapper(PyType owner, String name) {
        String own = Table.SIGNATURES.get(typeKey(owner) + "." + name);
        if (own != null) return orNone(lookup(typeKey(owner) + "." + name));
        return orNone(lookup("*." + name));
    }

    /** {@code type.__text_signature__}: a builtin type's own, None for classes defined in Python. */
    public static Object ofType(PyType t) {
        return t.isHeapType() ? PyNone.NONE : orNone(lookup(typeKey(t)));
    }
}
