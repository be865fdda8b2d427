package org.ember.interp;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import org.ember.bytecode.CodeSerializer;
import org.ember.bytecode.RawCode;
import org.ember.runtime.Abstract;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyModule;

/**
 * The on-disk cache of compiled modules (CPython's {@code __pycache__}): importing
 * {@code DIR/NAME.py} looks for {@code DIR/__pycache__/NAME.ember-314.pyc}, and when its header
 * matches, the module's code is read from it and the parser and compiler do not run at all.
 *
 * <p>Header (big-endian): magic {@code "EMBC"}, {@link CodeSerializer#FORMAT_VERSION}, the
 * compiler fingerprint (see {@link #compilerFingerprint}), the source's modification time (ms)
 * and size. Any mismatch, a short or corrupt file, or a read error means "no cache": the
 * module is compiled again and the file rewritten. Writing goes to a temporary file renamed into
 * place, so a reader never sees half a file; failing to write (read-only directory, disk full)
 * is silent, as in CPython.
 *
 * <p>Where: beside the source when its directory is writable, else under the user cache
 * directory (the system property {@code ember.pycache.prefix}, else {@code $XDG_CACHE_HOME/ember/pycache}
 * or {@code ~/.cache/ember/pycache}) at the
 * source's absolute path. Nothing is written when {@code sys.dont_write_bytecode} is true
 * ({@code -B}, {@code PYTHONDONTWRITEBYTECODE}); existing files are still read. Ember's own
 * library (in the jar, or the checkout's {@code src/main/resources/lib}) is never written here:
 * the build precompiles it into the jar instead ({@link LibraryCache}), and a library source that
 * differs from the packaged one is compiled afresh on each import.
 */
public final class CodeCache {
    private CodeCache() {}

    static final String SUFFIX = ".ember-314.pyc";
    private static final int MAGIC = 0x454D4243;   // "EMBC"
    private static final int HEADER_SIZE = 4 + 4 + 8 + 8 + 8;
    private static volatile Long fingerprint;

    /** The module's code: from the cache when valid, else compiled (and then cached). */
    static RawCode compile(Interpreter interp, String file, byte[] source) {
        String libRelative = libRelative(file);
        if (libRelative != null) {
            RawCode precompiled = LibraryCache.read(libRelative, file, source);
            return precompiled != null ? precompiled : Importer.compile(source, file);
        }
        Path sourcePath = cacheablePath(file);
        if (sourcePath == null) return Importer.compile(source, file);
        BasicFileAttributes attrs = attributes(sourcePath);
        if (attrs == null || attrs.size() != source.length) return Importer.compile(source, file);
        long mtime = attrs.lastModifiedTime().toMillis();
        for (Path candidate : candidates(sourcePath)) {
            RawCode cached = read(candidate, mtime, source.length, file);
            if (cached != null) return cached;
        }
        RawCode code = Importer.compile(source, file);
        if (!dontWriteBytecode(interp)) write(sourcePath, code, mtime, source.length);
        return code;
    }

    /** The path of {@code file} inside Ember's own library ("asyncio/tasks.py"), or null when it lies elsewhere. */
    static String libRelative(String file) {
        if (!file.endsWith(".py")) return null;
        String lib = Importer.libEntry();
        if (lib == null) return null;
        if (file.startsWith(lib + "/") || file.startsWith(lib + java.io.File.separator)) {
            return file.substring(lib.length() + 1).replace(java.io.File.separatorChar, '/');
        }
        return null;
    }

    /** The source as a path when its module may be cached, else null (Ember's own lib: see {@link LibraryCache}; odd names). */
    private static Path cacheablePath(String file) {
        if (!file.endsWith(".py")) return null;
        try {
            return Path.of(file).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Beside the source first, then the user cache directory. */
    static java.util.List<Path> candidates(Path source) {
        java.util.List<Path> out = new java.util.ArrayList<>(2);
        out.add(besideSource(source));
        Path user = userCacheFile(source);
        if (user != null) out.add(user);
        return out;
    }

    static Path besideSource(Path source) {
        String name = source.getFileName().toString();
        return source.resolveSibling("__pycache__").resolve(name.substring(0, name.length() - 3) + SUFFIX);
    }

    static Path userCacheFile(Path source) {
        Path root = userCacheRoot();
        if (root == null || source.getParent() == null) return null;
        Path relative = source.getRoot() == null ? source : source.getRoot().relativize(source);
        String name = relative.getFileName().toString();
        Path dir = relative.getParent() == null ? root : root.resolve(relative.getParent().toString());
        return dir.resolve(name.substring(0, name.length() - 3) + SUFFIX);
    }

    private static Path userCacheRoot() {
        String prefix = System.getProperty("ember.pycache.prefix");
        if (prefix != null && !prefix.isEmpty()) return Path.of(prefix);
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        try {
            if (xdg != null && !xdg.isEmpty()) return Path.of(xdg, "ember", "pycache");
            if (home != null && !home.isEmpty()) return Path.of(home, ".cache", "ember", "pycache");
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static boolean dontWriteBytecode(Interpreter interp) {
        Object sys = interp.modules.getItemStr("sys");
        if (!(sys instanceof PyModule m)) return false;
        Object flag = m.dict().getItemStr("dont_write_bytecode");
        return flag != null && Abstract.isTrue(flag);
    }

    // ---- reading and writing ------------------------------------------------------------------------------------

    /** The cached code when {@code cacheFile} is valid for this source, else null (never throws). */
    static RawCode read(Path cacheFile, long mtime, long size, String file) {
        byte[] data;
        try {
            if (!Files.isRegularFile(cacheFile)) return null;
            data = Files.readAllBytes(cacheFile);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (data.length < HEADER_SIZE) return null;
        ByteBuffer header = ByteBuffer.wrap(data, 0, HEADER_SIZE);
        if (header.getInt() != MAGIC || header.getInt() != CodeSerializer.FORMAT_VERSION
                || header.getLong() != compilerFingerprint() || header.getLong() != mtime || header.getLong() != size) {
            return null;
        }
        try {
            RawCode code = CodeSerializer.read(data, HEADER_SIZE);
            // a cache copied along with its source keeps naming the old file: recompile then
            return code.fileName().equals(file) ? code : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes the cache beside the source, else in the user cache directory; failures are ignored. */
    static void write(Path source, RawCode code, long mtime, long size) {
        byte[] body;
        try {
            body = CodeSerializer.write(code);
        } catch (RuntimeException e) {
            return;                                  // a constant the format does not know: just don't cache
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        header.putInt(MAGIC).putInt(CodeSerializer.FORMAT_VERSION).putLong(compilerFingerprint()).putLong(mtime).putLong(size);
        for (Path target : candidates(source)) {
            if (writeAtomically(target, header.array(), body)) return;
        }
    }

    private static boolean writeAtomically(Path target, byte[] header, byte[] body) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try (var out = Files.newOutputStream(tmp)) {
                out.write(header);
                out.write(body);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // nothing more to do
                }
            }
            return false;
        }
    }

    /**
     * Identifies the compiler that wrote a cache file, so that a rebuilt Ember never runs code
     * compiled by an older one: the jar's size and modification time, or — when Ember runs from
     * a classes directory (development, tests) — the newest modification time among the compiler
     * and bytecode classes. Computed once per JVM.
     */
    static long compilerFingerprint() {
        Long f = fingerprint;
        if (f == null) {
            f = computeFingerprint();
            fingerprint = f;
        }
        return f;
    }

    private static long computeFingerprint() {
        try {
            Path location = Path.of(CodeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Files.size(location) * 31 + Files.getLastModifiedTime(location).toMillis();
            }
            long newest = 0;
            for (String pkg : new String[] {"org/ember/compiler", "org/ember/bytecode", "org/ember/parser"}) {
                try (Stream<Path> files = Files.list(location.resolve(pkg))) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    }
                }
            }
            return newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return 0;
        }
    }

    /** For tests: the cache file beside {@code source}. */
    public static Path cacheFileFor(String source) {
        return besideSource(Path.of(source).toAbsolutePath().normalize());
    }

}
