package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.ember.bytecode.RawCode;
import org.ember.cli.Main;
import org.ember.compiler.Compiler;
import org.ember.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ember's library precompiled at build time (the build's process-classes step wrote the entries
 * into target/classes, which these tests run from): a matching entry is used, and an edited
 * source, a corrupt entry or another compiler's entry is never used.
 */
class LibraryCacheTest {

    @TempDir
    Path dir;
    private String savedHome;

    @BeforeEach
    void saveHome() {
        savedHome = System.getProperty("ember.home");
    }

    @AfterEach
    void restoreHome() {
        if (savedHome == null) System.clearProperty("ember.home");
        else System.setProperty("ember.home", savedHome);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LibraryCacheTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is packaged");
            return in.readAllBytes();
        }
    }

    private static RawCode compile(String source, String file) {
        return Compiler.compile(Parser.parse(source, file, Parser.Mode.EXEC, false), file, 0);
    }

    @Test
    void theBuildPrecompiledTheLibrary() throws IOException {
        byte[] source = resource("lib/json/decoder.py");
        byte[] entry = resource(LibraryCache.entryName("json/decoder.py"));
        assertEquals("lib/json/__pycache__/decoder.ember-314.pyc", LibraryCache.entryName("json/decoder.py"));
        assertTrue(LibraryCache.isCurrent(entry, source), "written by this compiler from this source");
        RawCode code = LibraryCache.read("json/decoder.py", "/somewhere/json/decoder.py", source);
        assertNotNull(code);
        assertEquals("/somewhere/json/decoder.py", code.fileName());
        for (Object constant : code.consts()) {
            if (constant instanceof RawCode inner) assertEquals("/somewhere/json/decoder.py", inner.fileName(), "nested code renamed");
        }
    }

    @Test
    void anEditedSourceIsNotServedThePackagedCode() throws IOException {
        byte[] source = resource("lib/json/decoder.py");
        byte[] edited = Arrays.copyOf(source, source.length + 1);
        edited[source.length] = '\n';
        assertNull(LibraryCache.read("json/decoder.py", "/x/json/decoder.py", edited));
        byte[] sameSize = source.clone();
        sameSize[sameSize.length - 2] ^= 1;
        assertNull(LibraryCache.read("json/decoder.py", "/x/json/decoder.py", sameSize));
    }

    @Test
    void anEditedCheckoutRunsItsOwnSource() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("src/main/resources/lib"));
        byte[] original = resource("lib/keyword.py");
        Files.write(lib.resolve("keyword.py"), original);
        System.setProperty("ember.home", dir.toString());
        assertEquals("False\nexit 0", run("import keyword\nprint(hasattr(keyword, 'EDITED'))\n"));
        Files.writeString(lib.resolve("keyword.py"), new String(original, StandardCharsets.UTF_8) + "EDITED = 'yes'\n");
        assertEquals("yes " + lib.resolve("keyword.py") + "\nexit 0",
                run("import keyword\nprint(keyword.EDITED, keyword.__file__)\n"));
    }

    @Test
    void aCorruptEntryIsIgnored() throws IOException {
        byte[] source = "value = [1, 2]\n".getBytes(StandardCharsets.UTF_8);
        byte[] good = LibraryCache.encode(compile("value = [1, 2]\n", "lib/m.py"), source);
        assertNotNull(LibraryCache.decode(good, source, "m.py"));
        assertNull(LibraryCache.decode(Arrays.copyOf(good, good.length - 7), source, "m.py"), "truncated body");
        assertNull(LibraryCache.decode(Arrays.copyOf(good, 10), source, "m.py"), "shorter than a header");
        byte[] garbage = good.clone();
        for (int i = 32; i < garbage.length; i++) garbage[i] = (byte) 0xA5;
        assertNull(LibraryCache.decode(garbage, source, "m.py"), "header intact, body garbage");
        byte[] badMagic = good.clone();
        badMagic[0] ^= 1;
        assertNull(LibraryCache.decode(badMagic, source, "m.py"));
        byte[] otherVersion = good.clone();
        otherVersion[7] ^= 1;
        assertNull(LibraryCache.decode(otherVersion, source, "m.py"));
    }

    @Test
    void anEntryFromAnotherCompilerIsIgnored() {
        byte[] source = "value = 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] entry = LibraryCache.encode(compile("value = 1\n", "lib/m.py"), source);
        assertTrue(LibraryCache.isCurrent(entry, source));
        byte[] otherCompiler = entry.clone();
        otherCompiler[15] ^= 1;                      // the fingerprint's last byte
        assertNull(LibraryCache.decode(otherCompiler, source, "m.py"), "tests run from target/classes: the fingerprint must match");
        assertTrue(!LibraryCache.isCurrent(otherCompiler, source), "the build rewrites it");
        byte[] otherSource = "value = 2\n".getBytes(StandardCharsets.UTF_8);
        assertNull(LibraryCache.decode(entry, otherSource, "m.py"), "the checksum guards the source");
    }

    private static String run(String program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {"-E", "-B", "-c", program}, stream, stream);
        return bytes.toString(StandardCharsets.UTF_8) + "exit " + status;
    }
}
