package org.ember.interp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.ember.bytecode.CodeSerializer;
import org.ember.bytecode.RawCode;

/**
 * Ember's own library, compiled at build time: for each {@code lib/DIR/NAME.py} resource the build
 * ({@code org.ember.tools.PrecompileLib}, in Maven's {@code process-classes} phase) writes
 * {@code lib/DIR/__pycache__/NAME.ember-314.pyc} beside it, so both the jar and
 * {@code target/classes} carry the code of every library module and importing one neither
 * parses nor compiles it.
 *
 * <p>Soundness. A precompiled entry is used only when all of these hold, else the module is
 * compiled from its source as before:
 * <ul>
 *   <li>The source being imported is byte-for-byte the packaged copy the entry was compiled from:
 *       trivially when it is read from the jar; when the library is the checkout's
 *       {@code src/main/resources/lib} ({@code -Dember.home}), its bytes are compared with the
 *       packaged resource, so an edited checkout never runs code compiled from the old text.</li>
 *   <li>The header's source size and CRC-32 match (a guard for the build's incremental skip).</li>
 *   <li>The compiler that wrote the entry is the one running: its fingerprint (the newest
 *       modification time of the compiler, parser and bytecode classes, see
 *       {@link CodeCache#compilerFingerprint}) must equal the running one when Ember runs from a
 *       classes directory — where a plain {@code mvn compile} can update the compiler without
 *       regenerating the entries. A jar is only ever made by {@code mvn package}, which always
 *       regenerates them from the classes it packages, so there the check is the jar itself.</li>
 *   <li>The header's magic and {@link CodeSerializer#FORMAT_VERSION} match and the body reads
 *       back completely; a corrupt entry is ignored.</li>
 * </ul>
 * The code's {@code co_filename} is replaced by the importing path, since the entry was compiled
 * before anyone knew where the library would live.
 *
 * <p>Header (big-endian): magic {@code "EMBL"}, format version, compiler fingerprint, CRC-32 of
 * the source, source size.
 */
public final class LibraryCache {
    private LibraryCache() {}

    private static final String RESOURCE_ROOT = "lib/";
    private static final int MAGIC = 0x454D424C;   // "EMBL"
    private static final int HEADER_SIZE = 4 + 4 + 8 + 8 + 8;

    /** The resource holding the precompiled code of the library file {@code relative} ("asyncio/tasks.py"). */
    public static String entryName(String relative) {
        int slash = relative.lastIndexOf('/');
        String name = relative.substring(slash + 1, relative.length() - ".py".length());
        return RESOURCE_ROOT + relative.substring(0, slash + 1) + "__pycache__/" + name + CodeCache.SUFFIX;
    }

    /** The precompiled code of the library module {@code relative} imported from {@code file}, or null (never throws). */
    static RawCode read(String relative, String file, byte[] source) {
        if (!Importer.isInJarLib(file) && !Arrays.equals(source, resource(RESOURCE_ROOT + relative))) return null;
        byte[] entry = resource(entryName(relative));
        return entry == null ? null : decode(entry, source, file);
    }

    /** The entry's code when it was compiled from {@code source} by this compiler, with {@code file} as co_filename; else null. */
    static RawCode decode(byte[] entry, byte[] source, String file) {
        if (!headerMatches(entry, source, true)) return null;
        try {
            return withFileName(CodeSerializer.read(entry, HEADER_SIZE), file);
        } catch (IOException e) {
            return null;
        }
    }

    /** For the build: whether an existing entry already holds this source compiled by this compiler. */
    public static boolean isCurrent(byte[] entry, byte[] source) {
        return headerMatches(entry, source, false);
    }

    /** For the build: the entry for {@code code}, compiled from {@code source}. */
    public static byte[] encode(RawCode code, byte[] source) {
        byte[] body = CodeSerializer.write(code);
        ByteBuffer out = ByteBuffer.allocate(HEADER_SIZE + body.length);
        out.putInt(MAGIC).putInt(CodeSerializer.FORMAT_VERSION).putLong(CodeCache.compilerFingerprint())
                .putLong(checksum(source)).putLong(source.length).put(body);
        return out.array();
    }

    private static boolean headerMatches(byte[] entry, byte[] source, boolean jarVouchesForCompiler) {
        if (entry.length < HEADER_SIZE) return false;
        ByteBuffer header = ByteBuffer.wrap(entry, 0, HEADER_SIZE);
        if (header.getInt() != MAGIC || header.getInt() != CodeSerializer.FORMAT_VERSION) return false;
        long compiler = header.getLong();
        if (header.getLong() != checksum(source) || header.getLong() != source.length) return false;
        return (jarVouchesForCompiler && runningFromJar()) || compiler == CodeCache.compilerFingerprint();
    }

    private static long checksum(byte[] source) {
        CRC32 crc = new CRC32();
        crc.update(source);
        return crc.getValue();
    }

    /** {@code code} and the code objects among its constants, with {@code file} as their co_filename. */
    static RawCode withFileName(RawCode code, String file) {
        Object[] consts = code.consts();
        Object[] renamed = null;
        for (int i = 0; i < consts.length; i++) {
            if (consts[i] instanceof RawCode inner) {
                if (renamed == null) renamed = consts.clone();
                renamed[i] = withFileName(inner, file);
            }
        }
        if (renamed == null && code.fileName().equals(file)) return code;
        return new RawCode(code.code(), renamed == null ? consts : renamed, code.names(), code.localsPlusNames(),
                code.localsPlusKinds(), code.argCount(), code.posOnlyArgCount(), code.kwOnlyArgCount(), code.flags(),
                code.name(), code.qualName(), file, code.firstLineNo(), code.lineTable(), code.exceptionTable(),
                code.stackSize());
    }

    /**
     * The bytes of a resource packaged with Ember's classes ("lib/json/__init__.py"), or null when
     * there is none. Read straight from the jar (or classes directory) Ember runs from: the class
     * loader's URL machinery costs more than the read itself in a cold JVM.
     */
    static byte[] resource(String name) {
        try {
            Packaging where = packaging();
            if (where.jar != null) {
                ZipEntry entry = where.jar.getEntry(name);
                if (entry == null || entry.isDirectory()) return null;
                try (InputStream in = where.jar.getInputStream(entry)) {
                    return in.readAllBytes();
                }
            }
            if (where.classesDir != null) {
                Path file = where.classesDir.resolve(name);
                return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            }
            try (InputStream in = LibraryCache.class.getClassLoader().getResourceAsStream(name)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Where Ember's classes come from: an open jar, or a classes directory, or neither (another class loader). */
    private record Packaging(ZipFile jar, Path classesDir) {}

    private static volatile Packaging packaging;

    private static Packaging packaging() {
        Packaging where = packaging;
        if (where == null) {
            synchronized (LibraryCache.class) {
                where = packaging;
                if (where == null) packaging = where = locate();
            }
        }
        return where;
    }

    private static Packaging locate() {
        try {
            Path location = Path.of(LibraryCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) return new Packaging(new ZipFile(location.toFile()), null);
            if (Files.isDirectory(location)) return new Packaging(null, location);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // fall back to the class loader
        }
        return new Packaging(null, null);
    }

    /** Whether Ember's classes (and so the packaged library and its entries) come from a jar file. */
    private static boolean runningFromJar() {
        return packaging().jar != null;
    }
}
