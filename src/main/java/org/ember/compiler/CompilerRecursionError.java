package org.ember.compiler;

/**
 * The AST nests too deeply for the compiler: becomes Python's
 * {@code RecursionError: maximum recursion depth exceeded during compilation}.
 */
public final class CompilerRecursionError extends RuntimeException {
    public CompilerRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
