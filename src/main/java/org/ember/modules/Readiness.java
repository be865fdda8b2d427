package org.ember.modules;

/**
 * A descriptor's channel that can say whether a read or a write would not block now:
 * select/poll (lib/select.py, through posix._ready) ask it. Files are always ready.
 */
interface Readiness {
    /** A read would return data or end of file without blocking. */
    boolean readable();

    /** A write would not block (a pipe with room, or one whose reader is gone: EPIPE). */
    boolean writable();

    /** The other end is closed (POLLHUP): end of file for a reader, EPIPE for a writer. */
    default boolean hungUp() {
        return false;
    }
}
