package org.ember.parser;

import java.util.Locale;

/**
 * Something that turns source bytes into an AST: Ember's {@link Parser}, or a test double.
 * Tools such as {@code -m ast}, the Lib comparison and the parse benchmark take one, so that
 * they can be tested on hand-built trees.
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

    /** Ember's parser. */
    static SourceParser ember() {
        return (source, filename, mode, typeComments) ->
                Parser.parse(source, filename, Parser.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), typeComments);
    }
}
