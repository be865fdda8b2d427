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

    /**
     * Ember's parser as {@code compile()} and {@code ast.parse} use it: before any tokenizing,
     * CPython's compile() rejects a source holding a NUL byte with a SyntaxError that has no file
     * name and no position (running a file with one gives the tokenizer's message instead).
     */
    static SourceParser ember() {
        return (source, filename, mode, typeComments) -> {
            for (byte b : source) {
                if (b == 0) {
                    throw new ParseError(ParseError.Kind.SyntaxError, "source code string cannot contain null bytes",
                            null, -1, -1, -1, -1, null);
                }
            }
            return Parser.parse(source, filename, Parser.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), typeComments);
        };
    }
}
