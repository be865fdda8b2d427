package org.ember.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * Something that turns source bytes into an AST: Ember's {@code Parser}, or a test double.
 * Tools such as {@code -m ast} and the Lib comparison take one, so that they can be tested on
 * hand-built trees.
 */
@FunctionalInterface
public interface SourceParser {

    /**
     * Parses {@code source} (bytes, so that the coding cookie and BOM rules apply) in the given
     * mode ({@code exec}, {@code eval}, {@code single} or {@code func_type}).
     *
     * @throws ParseError for a SyntaxError, exactly as CPython reports it
     */
    Ast.Node parse(byte[] source, String filename, String mode, boolean typeComments);

    /**
     * Ember's parser: {@code org.ember.parser.Parser.parse(byte[], String, Parser.Mode, boolean)}.
     *
     * <p>The parser is written on another branch at the same time as the tools that use it, so it
     * is bound by name here: this compiles without it and says clearly when it is missing. Once
     * the parser is merged this becomes a plain method reference.
     */
    static SourceParser ember() {
        MethodHandle parse = null;
        Class<?> modeClass = null;
        try {
            Class<?> parser = Class.forName("org.ember.parser.Parser");
            modeClass = Class.forName("org.ember.parser.Parser$Mode");
            for (Class<?> result : new Class<?>[] {Ast.Mod.class, Ast.Node.class, Object.class}) {
                try {
                    parse = MethodHandles.publicLookup().findStatic(parser, "parse",
                            MethodType.methodType(result, byte[].class, String.class, modeClass, boolean.class));
                    break;
                } catch (NoSuchMethodException tryNext) {
                    // the parser's declared result type is one of the candidates
                }
            }
        } catch (ReflectiveOperationException e) {
            parse = null;
        }
        if (parse == null) {
            return (source, filename, mode, typeComments) -> {
                throw new UnsupportedOperationException("the parser is not built yet (org.ember.parser.Parser.parse is missing)");
            };
        }
        MethodHandle bound = parse;
        Class<?> modes = modeClass;
        return (source, filename, mode, typeComments) -> {
            Object modeConstant = enumConstant(modes, mode.toUpperCase(Locale.ROOT));
            try {
                return (Ast.Node) bound.invoke(source, filename, modeConstant, typeComments);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> enumClass, String name) {
        return Enum.valueOf((Class) enumClass, name);
    }
}
