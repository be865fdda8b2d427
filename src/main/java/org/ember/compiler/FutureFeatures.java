package org.ember.compiler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ember.parser.Ast;

/**
 * The {@code from __future__ import ...} statements at the top of a module (CPython's future.c):
 * which features are on, and where the last such import ends (later ones are errors).
 */
public final class FutureFeatures {
    /** Feature names CPython 3.14 accepts; all but "annotations" are no-ops today. */
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals",
            "barry_as_FLUFL", "generator_stop", "annotations");

    private final Set<String> features = new LinkedHashSet<>();
    /** CO_FUTURE_* bits passed to (or inherited by) compile(); they go into every co_flags. */
    private int passedFlags;
    /** The last leading future import; NONE-like (-1) when there is none. */
    private Location location = new Location(-1, -1, -1, -1);

    public boolean annotations() { return features.contains("annotations"); }

    public boolean has(String feature) { return features.contains(feature); }

    public Set<String> features() { return Set.copyOf(features); }

    /** The CO_FUTURE_* flags compile() was given or inherited (0 for a module compiled from a file). */
    public int passedFlags() { return passedFlags; }

    Location location() { return location; }

    /** Reads the leading future imports of {@code module}; raises CPython's errors for bad ones. */
    public static FutureFeatures of(Ast.Mod module, String filename) {
        return of(module, filename, false);
    }

    /** As {@link #of(Ast.Mod, String)}, with "annotations" also on when compile() flags ask for it. */
    static FutureFeatures of(Ast.Mod module, String filename, boolean annotationsFlag) {
        return of(module, filename, annotationsFlag, 0);
    }

    /** ... and with the CO_FUTURE_* bits of compile()'s flags, which code objects carry on. */
    static FutureFeatures of(Ast.Mod module, String filename, boolean annotationsFlag, int passedFlags) {
        FutureFeatures future = new FutureFeatures();
        future.passedFlags = passedFlags;
        if (annotationsFlag) {
            future.features.add("annotations");
        }
        if (module instanceof Ast.Module m) {
            future.scan(m.body(), filename);
        } else if (module instanceof Ast.Interactive i) {
            future.scan(i.body(), filename);
        }
        return future;
    }

    private void scan(List<Ast.Stmt> body, String filename) {
        boolean first = true;
        for (Ast.Stmt stmt : body) {
            if (first && SymbolTableBuilder.isDocstring(stmt)) {
                first = false;
                continue;
            }
            first = false;
            if (!(stmt instanceof Ast.ImportFrom from) || !"__future__".equals(from.module())
                    || (from.level() != null && from.level() != 0)) {
                return;
            }
            for (Ast.Alias alias : from.names()) {
                checkFeature(alias, filename);
                features.add(alias.name());
            }
            location = Location.of(stmt);
        }
    }

    private static void checkFeature(Ast.Alias alias, String filename) {
        if (KNOWN.contains(alias.name())) {
            return;
        }
        String msg = alias.name().equals("braces") ? "not a chance"
                : "future feature " + alias.name() + " is not defined";
        throw BlockStack.syntaxError(msg, filename, Location.of(alias));
    }
}
