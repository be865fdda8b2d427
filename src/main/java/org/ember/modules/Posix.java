package org.ember.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code posix}: the operating-system primitives under {@code os} (lib/os.py builds the
 * Python-level API on them). Paths go through java.nio.file; failures become CPython's OSError
 * subclasses with errno, strerror and filename(s).
 *
 * <p>The JVM cannot change its working directory, so each interpreter keeps its own: relative
 * paths are resolved against it here ({@link #resolve}). File descriptors are a per-interpreter
 * table of Java channels; 0, 1 and 2 stand for the standard streams.
 *
 * <p>Differences from CPython's posix, deliberate for now: {@code _stat}/{@code _lstat}/
 * {@code _fstat} return a raw tuple that os.py turns into {@code os.stat_result}, and
 * {@code environ} holds str (CPython's posix.environ holds bytes).
 */
public final class Posix {
    private Posix() {}

    /** One interpreter's process state: working directory and file descriptors. */
    private static final class State {
        volatile Path cwd = Path.of("").toAbsolutePath();
        /** Files are FileChannels; pipes (os.pipe, a child process's stdin/stdout/stderr) other byte channels. */
        final Map<Integer, Channel> fds = new TreeMap<>();
        /** The path each file was opened from, for fstat (dup'ed descriptors share the channel). */
        final Map<Channel, Path> openedFrom = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
        /**
         * Files opened O_RDWR | O_APPEND ('a+'): Java refuses READ with APPEND, so they are
         * opened for reading and writing and each write moves to the end first.
         */
        final Set<Channel> appendByHand = java.util.Collections.synchronizedSet(
                java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));
    }

    /** Each interpreter's state, so that other modules (subprocess) can add and find descriptors. */
    private static final Map<Interpreter, State> STATES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static State stateOf(Interpreter interp) {
        return STATES.computeIfAbsent(interp, k -> new State());
    }

    /** Registers a channel (a pipe end) under the lowest free descriptor of {@code interp} and returns it. */
    public static int addChannel(Interpreter interp, Channel channel) {
        State st = stateOf(interp);
        synchronized (st.fds) {
            int fd = lowestFreeFd(st);
            st.fds.put(fd, channel);
            return fd;
        }
    }

    /** The channel behind descriptor {@code fd} of {@code interp}, or null when it is not open (0-2 are the standard streams). */
    public static Channel channelOf(Interpreter interp, int fd) {
        State st = stateOf(interp);
        synchronized (st.fds) {
            return st.fds.get(fd);
        }
    }

    /** The working directory of {@code interp} (the JVM's own cannot change). */
    public static Path cwd(Interpreter interp) {
        return stateOf(interp).cwd;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PyModule create(Interpreter interp) {
        PyModule posix = new PyModule("posix");
        State state = stateOf(interp);
        defineConstants(posix);
        defineEnviron(posix);
        definePathFunctions(posix, state);
        defineFdFunctions(posix, state, interp);
        defineProcessFunctions(posix);
        SystemInfo.define(posix);
        return posix;
    }

    private static void defineConstants(PyModule m) {
        Object[][] ints = {
            {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
            {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_CREAT", 0100}, {"O_EXCL", 0200},
            {"O_NOCTTY", 0400}, {"O_TRUNC", 01000}, {"O_APPEND", 02000}, {"O_NONBLOCK", 04000},
            {"O_CLOEXEC", 02000000}, {"O_DIRECTORY", 0200000}, {"O_NOFOLLOW", 0400000},
            {"O_ACCMODE", 3}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2},
        };
        for (Object[] kv : ints) m.dict().setItem(new PyStr((String) kv[0]), PyInt.of((Integer) kv[1]));
    }

    private static void defineEnviron(PyModule m) {
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            environ.setItem(new PyStr(e.getKey()), new PyStr(e.getValue()));
        }
        m.dict().setItem(new PyStr("environ"), environ);
        // the JVM cannot change its own environment; there are no child processes yet either
        def(m, ArgSpec.positional("putenv", 2, 2), (self, a) -> {
            String value = envText(a[1]);
            if (value == null) throw Errors.typeError("str expected, not %s", Abstract.typeName(a[1]));
            ProcessEnvironment.put(checkEnvName(a[0]), value);
            return PyNone.NONE;
        });
        def(m, ArgSpec.positional("unsetenv", 1, 1), (self, a) -> {
            ProcessEnvironment.remove(checkEnvName(a[0]));
            return PyNone.NONE;
        });
    }

    private static String checkEnvName(Object name) {
        String text = envText(name);
        if (text == null) throw Errors.typeError("str expected, not %s", Abstract.typeName(name));
        if (text.isEmpty() || text.indexOf('=') >= 0) throw Errors.valueError("illegal environment variable name");
        return text;
    }

    private static String envText(Object value) {
        return value instanceof PyStr s ? s.value() : value instanceof PyBytes b ? new String(b.value, StandardCharsets.UTF_8) : null;
    }

    // ---- paths

    private static void definePathFunctions(PyModule m, State st) {
        def(m, ArgSpec.noArgs("getcwd"), (self, a) -> new PyStr(st.cwd.toString()));
        def(m, ArgSpec.noArgs("getcwdb"), (self, a) -> new PyBytes(st.cwd.toString().getBytes(StandardCharsets.UTF_8)));
        def(m, ArgSpec.keywords("chdir", 0, 1, 1, "path"), (self, a) -> {
            Path p = resolve(st, a[0], "chdir");
            if (!Files.exists(p)) throw osError("ENOENT", a[0]);
            if (!Files.isDirectory(p)) throw osError("ENOTDIR", a[0]);
            st.cwd = p.normalize();
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("listdir", 0, 0, 1, "path"), (self, a) -> listdir(st, a[0]));
        def(m, ArgSpec.keywords("_stat", 0, 1, 2, "path", "follow_symlinks"), (self, a) -> {
            boolean follow = a[1] == null || Abstract.isTrue(a[1]);
            return statTuple(resolve(st, a[0], "stat"), a[0], follow);
        });
        def(m, ArgSpec.keywords("mkdir", 0, 1, 2, "path", "mode"), (self, a) -> {
            Path p = resolve(st, a[0], "mkdir");
            try {
                int mode = a[1] == null ? 0777 : (int) Abstract.index(a[1]).longValue();
                // the permissions pass through the process umask, as mkdir(2)'s mode does
                Files.createDirectory(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(permissions(mode)));
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("rmdir", 0, 1, 1, "path"), (self, a) -> {
            Path p = resolve(st, a[0], "rmdir");
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw osError("ENOTDIR", a[0]);
            }
            delete(p, a[0]);
            return PyNone.NONE;
        });
        for (String name : new String[] {"unlink", "remove"}) {
            def(m, ArgSpec.keywords(name, 0, 1, 1, "path"), (self, a) -> {
                Path p = resolve(st, a[0], name);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw osError("EISDIR", a[0]);
                delete(p, a[0]);
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            def(m, ArgSpec.keywords(name, 0, 2, 2, "src", "dst"), (self, a) -> {
                Path src = resolve(st, a[0], name), dst = resolve(st, a[1], name);
                try {
                    Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw osError(e, a[0], a[1]);
                }
                return PyNone.NONE;
            });
        }
        def(m, ArgSpec.keywords("access", 0, 2, 2, "path", "mode"), (self, a) -> {
            Path p = resolve(st, a[0], "access");
            long mode = PyInt.asInt(a[1]) == null ? 0 : Abstract.index(a[1]).longValue();
            boolean ok = Files.exists(p)
                    && ((mode & 4) == 0 || Files.isReadable(p))
                    && ((mode & 2) == 0 || Files.isWritable(p))
                    && ((mode & 1) == 0 || Files.isExecutable(p));
            return PyBool.of(ok);
        });
        def(m, ArgSpec.keywords("chmod", 0, 2, 2, "path", "mode"), (self, a) -> {
            Path p = resolve(st, a[0], "chmod");
            try {
                Files.setPosixFilePermissions(p, permissions((int) Abstract.index(a[1]).longValue()));
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("_utime_ns", 0, 3, 3, "path", "atime_ns", "mtime_ns"), (self, a) -> {
            Path p = resolve(st, a[0], "utime");
            try {
                var view = Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class);
                view.setTimes(nanosTime(a[2]), nanosTime(a[1]), null);
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("symlink", 0, 2, 3, "src", "dst", "target_is_directory"), (self, a) -> {
            Path link = resolve(st, a[1], "symlink");
            try {
                Files.createSymbolicLink(link, Path.of(pathText(a[0], "symlink")));
            } catch (IOException e) {
                throw osError(e, a[0], a[1]);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("link", 0, 2, 2, "src", "dst"), (self, a) -> {
            Path src = resolve(st, a[0], "link"), dst = resolve(st, a[1], "link");
            try {
                Files.createLink(dst, src);
            } catch (IOException e) {
                throw osError(e, a[0], a[1]);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("readlink", 0, 1, 1, "path"), (self, a) -> {
            Path p = resolve(st, a[0], "readlink");
            try {
                return sameKind(a[0], Files.readSymbolicLink(p).toString());
            } catch (NotLinkException e) {
                throw osError("EINVAL", a[0]);
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
        });
        def(m, ArgSpec.keywords("truncate", 0, 2, 2, "path", "length"), (self, a) -> {
            Path p = resolve(st, a[0], "truncate");
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                truncateTo(ch, Abstract.index(a[1]).longValue());
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.one("_disk_usage"), (self, a) -> {
            Path p = resolve(st, a[0], "disk_usage");
            try {
                var store = Files.getFileStore(p);
                return PyTuple.of(PyInt.of(store.getTotalSpace()), PyInt.of(store.getUsableSpace()));
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
        });
        def(m, ArgSpec.one("_realpath"), (self, a) -> {
            // the longest existing prefix resolved by the file system, the rest appended
            Path p = resolve(st, a[0], "realpath").normalize();
            Path rest = Path.of("");
            while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                rest = p.getFileName() == null ? rest : p.getFileName().resolve(rest);
                p = p.getParent();
            }
            try {
                Path real = p == null ? Path.of("/") : p.toRealPath();
                return sameKind(a[0], real.resolve(rest).normalize().toString());
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
        });
    }

    private static Object listdir(State st, Object pathArg) {
        Object arg = pathArg == null || pathArg == PyNone.NONE ? new PyStr(".") : pathArg;
        Path dir = resolve(st, arg, "listdir");
        PyList names = new PyList();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) names.append(sameKind(arg, entry.getFileName().toString()));
        } catch (IOException e) {
            if (e instanceof NotDirectoryException || Files.exists(dir) && !Files.isDirectory(dir)) throw osError("ENOTDIR", arg);
            throw osError(e, arg, null);
        }
        return names;
    }

    /** (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns) of a path. */
    private static PyTuple statTuple(Path p, Object arg, boolean follow) {
        try {
            Map<String, Object> at = follow ? Files.readAttributes(p, "unix:*")
                    : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            return PyTuple.of(PyInt.of(((Number) at.get("mode")).longValue()), PyInt.of(((Number) at.get("ino")).longValue()),
                    PyInt.of(((Number) at.get("dev")).longValue()), PyInt.of(((Number) at.get("nlink")).longValue()),
                    PyInt.of(((Number) at.get("uid")).longValue()), PyInt.of(((Number) at.get("gid")).longValue()),
                    PyInt.of(((Number) at.get("size")).longValue()), nanos(at.get("lastAccessTime")),
                    nanos(at.get("lastModifiedTime")), nanos(at.get("ctime")));
        } catch (IOException e) {
            throw osError(e, arg, null);
        }
    }

    /**
     * fstat of a file from the path it was opened from (the JVM's channels cannot fstat):
     * mode, owner and times as stat gives them, the size of the open file itself; null if the
     * path is gone (an unlinked temporary file), then the caller reports what the channel knows.
     */
    private static PyTuple fstatByPath(Path path, long size) {
        if (path == null) return null;
        try {
            PyTuple st = statTuple(path, null, true);
            Object[] items = st.items();
            items[6] = PyInt.of(size);
            return PyTuple.of(items);
        } catch (PyException e) {
            return null;
        }
    }

    private static PyInt nanos(Object fileTime) {
        java.time.Instant t = ((FileTime) fileTime).toInstant();
        return PyInt.of(java.math.BigInteger.valueOf(t.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(t.getNano())));
    }

    private static FileTime nanosTime(Object ns) {
        java.math.BigInteger[] qr = Abstract.index(ns).bigValue().divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
        long sec = qr[0].longValueExact(), nano = qr[1].longValue();
        if (nano < 0) {
            sec -= 1;
            nano += 1_000_000_000L;
        }
        return FileTime.from(java.time.Instant.ofEpochSecond(sec, nano));
    }

    private static void delete(Path p, Object arg) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw osError(e, arg, null);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) perms.add(order[bit]);
        }
        return perms;
    }

    // ---- file descriptors

    private static void defineFdFunctions(PyModule m, State st, Interpreter interp) {
        def(m, ArgSpec.keywords("open", 0, 2, 3, "path", "flags", "mode"), (self, a) -> {
            Path p = resolve(st, a[0], "open");
            int flags = (int) Abstract.index(a[1]).longValue();
            int mode = a[2] == null ? 0777 : (int) Abstract.index(a[2]).longValue();
            return PyInt.of(openFd(st, p, a[0], flags, mode));
        });
        def(m, ArgSpec.one("close"), (self, a) -> {
            Channel ch = removeFd(st, a[0]);
            try {
                if (ch != null) ch.close();
            } catch (IOException e) {
                throw osError(e, null, null);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.positional("read", 2, 2), (self, a) -> {
            if (!(channel(st, a[0]) instanceof ReadableByteChannel ch)) throw osError("EBADF", null);
            long n = Abstract.index(a[1]).longValue();
            if (n < 0) throw osError("EINVAL", null);
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, Abstract.MAX_ARRAY_SIZE));
            try {
                int got = ch.read(buf);
                return new PyBytes(java.util.Arrays.copyOf(buf.array(), Math.max(got, 0)));
            } catch (IOException e) {
                throw osError(e, null, null);
            }
        });
        def(m, ArgSpec.positional("write", 2, 2), (self, a) -> {
            if (!(a[1] instanceof PyBuffer b)) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(a[1]));
            }
            Object stream = standardStream(st, interp, a[0]);
            if (stream != null) {
                // descriptors 1 and 2 are the session's sys.stdout/stderr: the bytes go through them
                byte[] bytes = b.toByteArray();
                Abstract.invoke(stream, "write", org.ember.runtime.Codecs.decode(bytes, "utf-8", "surrogateescape"));
                Abstract.invoke(stream, "flush");
                return PyInt.of(bytes.length);
            }
            if (!(channel(st, a[0]) instanceof WritableByteChannel ch)) throw osError("EBADF", null);
            try {
                if (ch instanceof FileChannel file && st.appendByHand.contains(file)) {
                    synchronized (file) {
                        file.position(file.size());
                        return PyInt.of(file.write(ByteBuffer.wrap(b.toByteArray())));
                    }
                }
                return PyInt.of(ch.write(ByteBuffer.wrap(b.toByteArray())));
            } catch (IOException e) {
                throw osError(e, null, null);
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw osError("EBADF", null);
            }
        });
        def(m, ArgSpec.positional("lseek", 3, 3), (self, a) -> {
            FileChannel ch = fileChannel(st, a[0]);
            long pos = Abstract.index(a[1]).longValue();
            int how = (int) Abstract.index(a[2]).longValue();
            try {
                long base = switch (how) {
                    case 0 -> 0;
                    case 1 -> ch.position();
                    case 2 -> ch.size();
                    default -> throw osError("EINVAL", null);
                };
                if (base + pos < 0) throw osError("EINVAL", null);
                ch.position(base + pos);
                return PyInt.of(base + pos);
            } catch (IOException e) {
                throw osError(e, null, null);
            }
        });
        def(m, ArgSpec.one("dup"), (self, a) -> {
            Channel ch = channel(st, a[0]);
            synchronized (st.fds) {
                int fd = lowestFreeFd(st);
                st.fds.put(fd, ch);
                return PyInt.of(fd);
            }
        });
        def(m, ArgSpec.one("isatty"), (self, a) -> PyBool.of(Descriptors.isatty(PyInt.asInt(Abstract.index(a[0])).longValue())));
        def(m, ArgSpec.noArgs("pipe"), (self, a) -> {
            // an in-process pipe: threads of this program can use it; a child process given one
            // end is served by a copying thread (see SubprocessModule)
            InProcessPipe pipe = new InProcessPipe();
            synchronized (st.fds) {
                int r = lowestFreeFd(st);
                st.fds.put(r, pipe.source);
                int w = lowestFreeFd(st);
                st.fds.put(w, pipe.sink);
                return PyTuple.of(PyInt.of(r), PyInt.of(w));
            }
        });
        def(m, ArgSpec.one("_ready"), (self, a) -> PyInt.of(readiness(st, interp, a[0])));
        def(m, ArgSpec.one("_fstat"), (self, a) -> {
            Channel any = channel(st, a[0]);
            if (!(any instanceof FileChannel ch)) {
                // a pipe: S_IFIFO | 0o600, as fstat(2) reports one
                return PyTuple.of(PyInt.of(0010600), PyInt.ZERO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyInt.ZERO,
                        PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO);
            }
            try {
                long size = ch.size();
                PyTuple byPath = fstatByPath(st.openedFrom.get(ch), size);
                if (byPath != null) return byPath;
                return PyTuple.of(PyInt.of(0100644), PyInt.ZERO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyInt.ZERO,
                        PyInt.of(size), PyInt.ZERO, PyInt.ZERO, PyInt.ZERO);
            } catch (IOException e) {
                throw osError(e, null, null);
            }
        });
        def(m, ArgSpec.positional("ftruncate", 2, 2), (self, a) -> {
            try {
                truncateTo(fileChannel(st, a[0]), Abstract.index(a[1]).longValue());
            } catch (IOException e) {
                throw osError(e, null, null);
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.one("fsync"), (self, a) -> {
            try {
                if (channel(st, a[0]) instanceof FileChannel ch) ch.force(true);
                else throw osError("EINVAL", null);
            } catch (IOException e) {
                throw osError(e, null, null);
            }
            return PyNone.NONE;
        });
    }

    /** poll(2)'s revents bits for a descriptor now: POLLIN 1, POLLOUT 4, POLLHUP 16, POLLNVAL 32 (lib/select.py). */
    private static int readiness(State st, Interpreter interp, Object fdArg) {
        int fd = (int) Abstract.index(fdArg).longValue();
        Channel ch;
        synchronized (st.fds) {
            ch = st.fds.get(fd);
        }
        if (ch == null) {
            if (fd == 0) {
                try {
                    return System.in.available() > 0 ? 1 : 0;
                } catch (IOException e) {
                    return 16;
                }
            }
            return fd == 1 || fd == 2 ? 4 : 32;
        }
        if (ch instanceof Readiness r) {
            return (r.readable() ? 1 : 0) | (r.writable() ? 4 : 0) | (r.hungUp() ? 16 : 0);
        }
        int bits = 0;
        if (ch instanceof ReadableByteChannel) bits |= 1;
        if (ch instanceof WritableByteChannel) bits |= 4;
        return bits;   // a file is always ready
    }

    /** sys.stdout for descriptor 1 and sys.stderr for 2 unless the program reused those numbers; else null. */
    private static Object standardStream(State st, Interpreter interp, Object fdArg) {
        PyInt fd = PyInt.asInt(fdArg);
        if (fd == null || !fd.fitsInt() || (fd.longValue() != 1 && fd.longValue() != 2)) return null;
        synchronized (st.fds) {
            if (st.fds.containsKey((int) fd.longValue())) return null;
        }
        Object stream = Sys.attribute(interp, fd.longValue() == 1 ? "stdout" : "stderr");
        return stream == null || stream == PyNone.NONE ? null : stream;
    }

    private static void truncateTo(FileChannel ch, long length) throws IOException {
        if (length < ch.size()) {
            long position = ch.position();   // truncate(2) leaves the offset alone; FileChannel.truncate does not
            ch.truncate(length);
            ch.position(position);
        } else if (length > ch.size()) {
            ch.write(ByteBuffer.wrap(new byte[1]), length - 1);
        }
    }

    private static int openFd(State st, Path p, Object arg, int flags, int mode) {
        Set<OpenOption> opts = new HashSet<>();
        int access = flags & 3;
        if (access == 0 || access == 2) opts.add(StandardOpenOption.READ);
        if (access == 1 || access == 2) opts.add(StandardOpenOption.WRITE);
        boolean appendByHand = (flags & 02000) != 0 && access == 2;
        if ((flags & 02000) != 0 && !appendByHand) opts.add(StandardOpenOption.APPEND);
        if ((flags & 01000) != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        if ((flags & 0100) != 0) opts.add((flags & 0200) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (Files.isDirectory(p)) throw osError("EISDIR", arg);
        try {
            boolean created = !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
            FileChannel ch = FileChannel.open(p, opts);
            if (created && (flags & 0100) != 0) {
                try {
                    Files.setPosixFilePermissions(p, permissions(mode & ~0022));
                } catch (IOException | UnsupportedOperationException ignored) {
                    // permissions are advisory here
                }
            }
            st.openedFrom.put(ch, p);
            if (appendByHand) st.appendByHand.add(ch);
            synchronized (st.fds) {
                int fd = lowestFreeFd(st);
                st.fds.put(fd, ch);
                return fd;
            }
        } catch (IOException e) {
            throw osError(e, arg, null);
        }
    }

    private static int lowestFreeFd(State st) {
        int fd = 3;
        while (st.fds.containsKey(fd)) fd++;
        return fd;
    }

    /** The file behind a descriptor; a pipe gives ESPIPE ("Illegal seek") as lseek(2) does. */
    private static FileChannel fileChannel(State st, Object fdArg) {
        if (channel(st, fdArg) instanceof FileChannel ch) return ch;
        throw osError("ESPIPE", null);
    }

    private static Channel channel(State st, Object fdArg) {
        int fd = (int) Abstract.index(fdArg).longValue();
        synchronized (st.fds) {
            Channel ch = st.fds.get(fd);
            if (ch == null) throw osError("EBADF", null);
            return ch;
        }
    }

    private static Channel removeFd(State st, Object fdArg) {
        int fd = (int) Abstract.index(fdArg).longValue();
        synchronized (st.fds) {
            Channel ch = st.fds.remove(fd);
            if (ch == null) throw osError("EBADF", null);
            // a dup'ed descriptor shares the channel: close it only with its last descriptor
            return st.fds.containsValue(ch) ? null : ch;
        }
    }

    // ---- process

    /** The real (column 0) or effective (1) user/group id from the kernel's "Uid:"/"Gid:" line of /proc/self/status. */
    private static long processIds(String label, int column) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(label)) return Long.parseLong(line.substring(label.length()).trim().split("\\s+")[column]);
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw Errors.of(Exceptions.OSError, "cannot read the process's ids: %s", String.valueOf(e.getMessage()));
        }
        throw Errors.of(Exceptions.OSError, "cannot read the process's ids");
    }

    private static void defineProcessFunctions(PyModule m) {
        def(m, ArgSpec.noArgs("getpid"), (self, a) -> PyInt.of(ProcessHandle.current().pid()));
        def(m, ArgSpec.noArgs("getppid"), (self, a) ->
                PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        // os._exit: end the process at once, no cleanup, no flushing (as _exit(2))
        def(m, ArgSpec.one("_exit"), (self, a) -> {
            Runtime.getRuntime().halt((int) Abstract.index(a[0]).longValue());
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("getuid"), (self, a) -> PyInt.of(processIds("Uid:", 0)));
        def(m, ArgSpec.noArgs("geteuid"), (self, a) -> PyInt.of(processIds("Uid:", 1)));
        def(m, ArgSpec.noArgs("getgid"), (self, a) -> PyInt.of(processIds("Gid:", 0)));
        def(m, ArgSpec.noArgs("getegid"), (self, a) -> PyInt.of(processIds("Gid:", 1)));
        def(m, ArgSpec.noArgs("cpu_count"), (self, a) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        def(m, ArgSpec.one("urandom"), (self, a) -> {
            long n = Abstract.index(a[0]).longValue();
            if (n < 0) throw Errors.valueError("negative argument not allowed");
            byte[] bytes = new byte[(int) Math.min(n, Abstract.MAX_ARRAY_SIZE)];
            RANDOM.nextBytes(bytes);
            return new PyBytes(bytes);
        });
        def(m, ArgSpec.one("strerror"), (self, a) -> {
            PyInt code = PyInt.asInt(a[0]);
            if (code == null) throw Errors.typeError("'%s' object cannot be interpreted as an integer", Abstract.typeName(a[0]));
            return new PyStr(Errno.strerror(code.fitsInt() ? (int) code.longValue() : -1));
        });
    }

    // ---- path arguments and errors

    /** The functions whose path may also be an open file descriptor in CPython (their TypeError says so). */
    private static final Set<String> FD_ACCEPTED = Set.of("stat", "listdir", "chdir", "chmod", "utime", "truncate", "scandir");

    /** The text of a path argument: str, bytes (UTF-8) or an os.PathLike; {@code func} names the caller in errors. */
    static String pathText(Object arg, String func) {
        Object path = arg;
        if (!(path instanceof PyStr) && !(path instanceof PyBytes)) {
            Object fspath = Abstract.typeOf(path).lookup("__fspath__");
            if (fspath == null) {
                String kinds = FD_ACCEPTED.contains(func) ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
                throw Errors.typeError("%s: path should be %s, not %s", func, kinds, Abstract.typeName(arg));
            }
            path = Abstract.callMethod(fspath, arg);
            if (!(path instanceof PyStr) && !(path instanceof PyBytes)) {
                throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                        Abstract.typeName(arg), Abstract.typeName(path));
            }
        }
        String text = path instanceof PyStr s ? s.value() : new String(((PyBytes) path).value, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) throw Errors.valueError("%s: embedded null character in path", func);
        return text;
    }

    private static Path resolve(State st, Object arg, String func) {
        String text = pathText(arg, func);
        try {
            if (text.isEmpty()) throw osError("ENOENT", arg);
            return st.cwd.resolve(text);
        } catch (InvalidPathException e) {
            throw osError("ENOENT", arg);
        }
    }

    /** A name the same kind (str or bytes) as the path argument it came from. */
    private static Object sameKind(Object arg, String text) {
        return arg instanceof PyBytes ? new PyBytes(text.getBytes(StandardCharsets.UTF_8)) : new PyStr(text);
    }

    private static PyException osError(String errnoName, Object filename) {
        return osError(Errno.code(errnoName), filename, null);
    }

    private static PyException osError(IOException e, Object filename, Object filename2) {
        int code;
        if (e instanceof NoSuchFileException) code = 2;
        else if (e instanceof FileAlreadyExistsException) code = 17;
        else if (e instanceof DirectoryNotEmptyException) code = 39;
        else if (e instanceof AccessDeniedException) code = 13;
        else if (e instanceof NotDirectoryException) code = 20;
        else if ("Broken pipe".equals(e.getMessage())) code = 32;
        else if (e instanceof java.nio.channels.AsynchronousCloseException) code = 9;
        else if (e instanceof FileSystemException fse) {
            code = Errno.codeOfMessage(fse.getReason());
            if (code < 0) code = 5;
        } else {
            code = 5;
        }
        return osError(code, filename, filename2);
    }

    /** OSError(errno, strerror[, filename, None, filename2]): the constructor picks the subclass. */
    static PyException osError(int code, Object filename, Object filename2) {
        filename = fsValue(filename);
        filename2 = fsValue(filename2);
        Object[] args = filename2 != null
                ? new Object[] {PyInt.of(code), new PyStr(Errno.strerror(code)), filename, PyNone.NONE, filename2}
                : filename != null ? new Object[] {PyInt.of(code), new PyStr(Errno.strerror(code)), filename}
                : new Object[] {PyInt.of(code), new PyStr(Errno.strerror(code))};
        return new PyException((PyBaseException) Abstract.call(Exceptions.OSError, args));
    }

    /** The filename an OSError carries: a path-like argument's __fspath__() value, as CPython's path converter keeps. */
    private static Object fsValue(Object filename) {
        if (filename == null || filename instanceof PyStr || filename instanceof PyBytes) return filename;
        Object fspath = Abstract.typeOf(filename).lookup("__fspath__");
        return fspath == null ? filename : Abstract.callMethod(fspath, filename);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
