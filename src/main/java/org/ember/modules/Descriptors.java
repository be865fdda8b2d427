package org.ember.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file descriptor is open on, for os.isatty and the standard streams' isatty(), line
 * buffering and seekable(). The JVM has no isatty(); on Linux the descriptor's /proc link names its device
 * (a pseudo-terminal /dev/pts/N, a console /dev/ttyN); elsewhere, or when /proc cannot be read,
 * descriptors 0-2 are terminals when the JVM says it runs on one, and other descriptors are not.
 */
public final class Descriptors {
    private Descriptors() {}

    public static boolean isatty(long fd) {
        if (fd < 0) return false;
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            if (fd > 2 || Files.isDirectory(Path.of("/proc/self/fd"))) return false;
            java.io.Console console = System.console();
            return console != null && console.isTerminal();
        }
    }

    /** A regular file (a redirection to a file): CPython's standard streams are seekable then. */
    public static boolean isRegularFile(long fd) {
        return fd >= 0 && Files.isRegularFile(Path.of("/proc/self/fd/" + fd));
    }

    /** The descriptor's file position (a regular file's). */
    public static long position(int fd) throws IOException {
        java.io.FileDescriptor descriptor = fd == 1 ? java.io.FileDescriptor.out : fd == 2 ? java.io.FileDescriptor.err
                : java.io.FileDescriptor.in;
        @SuppressWarnings("resource")   // closing the channel would close the process's descriptor
        java.nio.channels.FileChannel channel = new java.io.FileOutputStream(descriptor).getChannel();
        return channel.position();
    }
}
