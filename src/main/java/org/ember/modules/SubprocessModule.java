package org.ember.modules;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * {@code _ember_subprocess}: child processes over java.lang.ProcessBuilder, the primitive under
 * lib/subprocess.py (the JVM cannot fork, so CPython's {@code _posixsubprocess.fork_exec} cannot
 * exist). {@code spawn} starts a program whose standard streams are each inherited, a pipe (a
 * descriptor in posix's table, so io.open() makes file objects of it), /dev/null, or one of the
 * program's own descriptors; descriptors that are not the JVM's own (files, os.pipe ends) and
 * the session's sys.stdout/stderr when they are not the JVM's are served by copying threads.
 *
 * <p>Stream specs: None = inherit, -1 = PIPE, -2 = STDOUT (stderr only), -3 = DEVNULL,
 * n >= 0 = descriptor n.
 */
public final class SubprocessModule {
    private SubprocessModule() {}

    static final int PIPE = -1, STDOUT = -2, DEVNULL = -3;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ember_subprocess");
        m.dict().setItem(new PyStr("Child"), Child.TYPE);
        ArgSpec spec = ArgSpec.positional("spawn", 6, 6);
        m.dict().setItem(new PyStr("spawn"), new PyBuiltinFunction(spec, m, (self, a) -> spawn(interp, a)));
        ArgSpec kill = ArgSpec.positional("run_kill", 2, 2);
        m.dict().setItem(new PyStr("run_kill"), new PyBuiltinFunction(kill, m, (self, a) ->
                PyInt.of(runKill(Abstract.index(a[0]).longValue(), Abstract.index(a[1]).longValue()))));
        return m;
    }

    /** spawn(argv, cwd, env, stdin, stdout, stderr): argv[0] is the program (a path or a name for PATH). */
    private static Object spawn(Interpreter interp, Object[] a) {
        List<String> argv = new ArrayList<>();
        if (!(a[0] instanceof org.ember.runtime.PyList args)) throw Errors.typeError("spawn() needs a list of arguments");
        for (Object item : args.toArray()) argv.add(text(item));
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.directory(new File(text(a[1])));
        if (a[2] instanceof org.ember.runtime.PyList env) {
            // [key, value, key, value, ...]: the whole environment of the child
            Map<String, String> child = pb.environment();
            child.clear();
            Object[] pairs = env.toArray();
            for (int i = 0; i + 1 < pairs.length; i += 2) child.put(text(pairs[i]), text(pairs[i + 1]));
        }
        List<Runnable> afterStart = new ArrayList<>();
        Child result = new Child();
        configureStdin(interp, pb, a[3], result, afterStart);
        configureOutput(interp, pb, a[4], result, afterStart, false);
        if (a[5] instanceof PyInt i && i.longValue() == STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            configureOutput(interp, pb, a[5], result, afterStart, true);
        }
        try {
            result.process = pb.start();
        } catch (IOException e) {
            throw Posix.osError(errnoOf(e), new PyStr(argv.get(0)), null);
        }
        for (Runnable step : afterStart) step.run();
        return result;
    }

    /** kill(1) -SIG PID for a process the JVM did not start: 0, or the errno its complaint names (ESRCH, EPERM). */
    private static int runKill(long sig, long pid) {
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) return 0;
            if (said.contains("No such process")) return 3;
            if (said.contains("not permitted")) return 1;
            return 22;
        } catch (IOException e) {
            return 38;   // ENOSYS: no kill(1) on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 4;
        }
    }

    private static final java.util.regex.Pattern ERRNO = java.util.regex.Pattern.compile("error[=:] ?(\\d+)");

    /** The errno in a ProcessBuilder failure ("error=2, ..." or "Exec failed, error: 13 (...)"); ENOENT when it names none. */
    private static int errnoOf(IOException e) {
        java.util.regex.Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 2;
    }

    private static String text(Object o) {
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBytes b) return new String(b.value, StandardCharsets.UTF_8);
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", Abstract.typeName(o));
    }

    private static int specOf(Object spec) {
        if (spec == PyNone.NONE) return Integer.MIN_VALUE;
        return (int) Abstract.index(spec).longValue();
    }

    private static void configureStdin(Interpreter interp, ProcessBuilder pb, Object specArg, Child child, List<Runnable> afterStart) {
        int spec = specOf(specArg);
        if (spec == Integer.MIN_VALUE || (spec == 0 && Posix.channelOf(interp, 0) == null)) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        } else if (spec == DEVNULL) {
            pb.redirectInput(new File("/dev/null"));
        } else if (spec == PIPE) {
            afterStart.add(() -> child.stdinFd = Posix.addChannel(interp, new FlushingChannel(child.process.getOutputStream())));
        } else {
            if (!(Posix.channelOf(interp, spec) instanceof ReadableByteChannel source)) throw Posix.osError(9, null, null);
            afterStart.add(() -> child.startPump(() -> copyToProcess(source, child.process.getOutputStream())));
        }
    }

    private static void configureOutput(Interpreter interp, ProcessBuilder pb, Object specArg, Child child,
                                        List<Runnable> afterStart, boolean isStderr) {
        int spec = specOf(specArg);
        if (spec == Integer.MIN_VALUE) spec = isStderr ? 2 : 1;
        if (spec == DEVNULL) {
            redirect(pb, isStderr, ProcessBuilder.Redirect.DISCARD);
        } else if (spec == PIPE) {
            afterStart.add(() -> {
                InputStream in = isStderr ? child.process.getErrorStream() : child.process.getInputStream();
                int fd = Posix.addChannel(interp, new ChildOutputChannel(in, child.process));
                if (isStderr) child.stderrFd = fd;
                else child.stdoutFd = fd;
            });
        } else if ((spec == 1 || spec == 2) && Posix.channelOf(interp, spec) == null) {
            // the session's own stdout/stderr: the JVM's (inherited) or a Java stream (copied into it)
            Object stream = Sys.attribute(interp, spec == 1 ? "__stdout__" : "__stderr__");
            if (stream instanceof TextStream ts && !ts.isProcessStream()) {
                ts.flush();
                afterStart.add(() -> child.startPump(() -> copyToStream(streamOf(child, isStderr), ts)));
            } else {
                if (stream instanceof TextStream ts) ts.flush();
                boolean crossed = spec == 2 && !isStderr || spec == 1 && isStderr;
                if (!crossed) {
                    redirect(pb, isStderr, ProcessBuilder.Redirect.INHERIT);
                } else {
                    // stdout into the JVM's stderr or the reverse: ProcessBuilder cannot, a copy can
                    OutputStream target = spec == 1 ? System.out : System.err;
                    afterStart.add(() -> child.startPump(() -> copy(streamOf(child, isStderr), target)));
                }
            }
        } else {
            if (!(Posix.channelOf(interp, spec) instanceof WritableByteChannel target)) throw Posix.osError(9, null, null);
            afterStart.add(() -> child.startPump(() -> copyToChannel(streamOf(child, isStderr), target)));
        }
    }

    private static InputStream streamOf(Child child, boolean isStderr) {
        return isStderr ? child.process.getErrorStream() : child.process.getInputStream();
    }

    private static void redirect(ProcessBuilder pb, boolean isStderr, ProcessBuilder.Redirect how) {
        if (isStderr) pb.redirectError(how);
        else pb.redirectOutput(how);
    }

    // ---- copying threads (no Python code runs on them)

    private static void copyToProcess(ReadableByteChannel source, OutputStream in) {
        try (in) {
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (source.read(buf) > 0) {
                in.write(buf.array(), 0, buf.position());
                in.flush();
                buf.clear();
            }
        } catch (IOException ignored) {
            // the child closed its stdin (EPIPE): stop feeding it
        }
    }

    private static void copyToChannel(InputStream out, WritableByteChannel target) {
        try (out) {
            byte[] buf = new byte[8192];
            for (int n; (n = out.read(buf)) > 0; ) {
                ByteBuffer bytes = ByteBuffer.wrap(buf, 0, n);
                while (bytes.hasRemaining()) target.write(bytes);
            }
        } catch (IOException ignored) {
            // the target was closed: the rest of the output is lost, as with a broken pipe
        }
    }

    private static void copyToStream(InputStream out, TextStream target) {
        try (out) {
            byte[] buf = new byte[8192];
            for (int n; (n = out.read(buf)) > 0; ) target.writeBytes(buf, n);
        } catch (IOException ignored) {
            // nothing more to copy
        }
    }

    private static void copy(InputStream out, OutputStream target) {
        try (out) {
            out.transferTo(target);
            target.flush();
        } catch (IOException ignored) {
            // nothing more to copy
        }
    }

    /** A channel over one of a child's Java streams: open until closed, closing the stream. */
    private abstract static class StreamChannel implements java.nio.channels.Channel, Readiness {
        private final java.io.Closeable stream;
        volatile boolean open = true;

        StreamChannel(java.io.Closeable stream) {
            this.stream = stream;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            open = false;
            stream.close();
        }
    }

    /**
     * A child's stdout or stderr as a channel. When the child exits the JVM moves what is left in
     * the pipe into a buffer and closes the descriptor; a read blocked at that moment fails with
     * "Stream closed", which here is the end of file it stands for.
     */
    private static final class ChildOutputChannel extends StreamChannel implements ReadableByteChannel {
        private final InputStream in;
        private final Process process;

        ChildOutputChannel(InputStream in, Process process) {
            super(in);
            this.in = in;
            this.process = process;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            byte[] bytes = new byte[dst.remaining()];
            int n;
            try {
                n = in.read(bytes);
            } catch (IOException e) {
                if (!open || process.isAlive()) throw e;
                try {
                    n = in.read(bytes);   // the JVM's buffer of the rest, if it was swapped in meanwhile
                } catch (IOException closed) {
                    n = -1;
                }
            }
            if (n > 0) dst.put(bytes, 0, n);
            return n;
        }

        @Override
        public boolean readable() {
            try {
                return in.available() > 0;
            } catch (IOException e) {
                return true;   // the read will report it
            }
        }

        @Override
        public boolean writable() {
            return false;
        }

        @Override
        public boolean hungUp() {
            return !process.isAlive();
        }
    }

    /** A child's stdin as a channel: Process's stream is buffered, so every write is flushed through. */
    private static final class FlushingChannel extends StreamChannel implements WritableByteChannel {
        private final OutputStream out;

        FlushingChannel(OutputStream out) {
            super(out);
            this.out = out;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = src.remaining();
            byte[] bytes = new byte[n];
            src.get(bytes);
            out.write(bytes);
            out.flush();
            return n;
        }

        @Override
        public boolean readable() {
            return false;
        }

        @Override
        public boolean writable() {
            return true;   // the OS pipe's room is not visible from the JVM
        }
    }

    /** A started child: its process, pipe descriptors and copying threads. */
    static final class Child extends PyObject {
        static final PyType TYPE = PyType.builtin("Child", Child.class)
                .module("_ember_subprocess")
                .dict(d -> {
                    d.getset("pid", self -> PyInt.of(((Child) self).process.pid()), null);
                    d.getset("stdin_fd", self -> fdOrNone(((Child) self).stdinFd), null);
                    d.getset("stdout_fd", self -> fdOrNone(((Child) self).stdoutFd), null);
                    d.getset("stderr_fd", self -> fdOrNone(((Child) self).stderrFd), null);
                    d.method("wait", ArgSpec.one("wait"), (self, a) -> ((Child) self).waitFor(Abstract.index(a[0]).longValue()));
                    d.method0("poll", self -> ((Child) self).poll());
                    d.method("send_signal", ArgSpec.one("send_signal"), (self, a) ->
                            ((Child) self).sendSignal((int) Abstract.index(a[0]).longValue()));
                })
                .build();

        Process process;
        int stdinFd = -1, stdoutFd = -1, stderrFd = -1;
        /** The last signal this program sent (Java reports a death by signal N as exit status 128+N). */
        volatile int signalSent;
        private final List<Thread> pumps = new ArrayList<>();

        @Override
        public PyType type() {
            return TYPE;
        }

        private static Object fdOrNone(int fd) {
            return fd < 0 ? PyNone.NONE : PyInt.of(fd);
        }

        void startPump(Runnable copy) {
            Thread t = Thread.ofPlatform().daemon().name("ember-subprocess-copy").start(copy);
            synchronized (pumps) {
                pumps.add(t);
            }
        }

        /** Waits up to {@code nanos} (negative: forever); the return code, or None on timeout. */
        private Object waitFor(long nanos) {
            try {
                if (nanos < 0) process.waitFor();
                else if (!process.waitFor(nanos, TimeUnit.NANOSECONDS)) return PyNone.NONE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PyNone.NONE;
            }
            joinPumps();
            return returnCode();
        }

        private Object poll() {
            if (process.isAlive()) return PyNone.NONE;
            joinPumps();
            return returnCode();
        }

        /** The copying threads end at the child's end of file; a grandchild holding the pipe is not waited for long. */
        private void joinPumps() {
            List<Thread> copy;
            synchronized (pumps) {
                copy = new ArrayList<>(pumps);
            }
            try {
                for (Thread t : copy) t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Object returnCode() {
            int status = process.exitValue();
            int sent = signalSent;
            if (sent > 0 && status == 128 + sent) return PyInt.of(-sent);
            return PyInt.of(status);
        }

        private Object sendSignal(int sig) {
            if (!process.isAlive()) return PyNone.NONE;
            switch (sig) {
                case 9 -> {
                    signalSent = 9;
                    process.destroyForcibly();
                }
                case 15 -> {
                    signalSent = 15;
                    process.destroy();
                }
                case 0 -> { }
                default -> {
                    // the JVM sends only TERM and KILL itself: kill(1) sends the others
                    signalSent = sig;
                    try {
                        new ProcessBuilder("kill", "-" + sig, Long.toString(process.pid()))
                                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                .start().waitFor();
                    } catch (IOException e) {
                        throw Posix.osError(1, null, null);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return PyNone.NONE;
        }
    }
}
