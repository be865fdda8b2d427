package org.ember.compiler;

/**
 * An internal compiler error: the back end was given (or produced) code it cannot handle, such
 * as inconsistent stack depths. CPython raises SystemError for these; the runtime maps this
 * exception to SystemError.
 */
public final class CompilerError extends RuntimeException {
    public CompilerError(String message) {
        super(message);
    }

    public CompilerError(String message, Throwable cause) {
        super(message, cause);
    }
}
