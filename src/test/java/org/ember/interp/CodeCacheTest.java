package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.ember.bytecode.CodeSerializer;
import org.ember.bytecode.RawCode;
import org.ember.cli.Main;
import org.ember.compiler.Compiler;
import org.ember.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk code cache: hits skip the compiler, changes and corruption recompile, write failures are silent. */
class CodeCacheTest {

    @TempDir
    Path dir;
    private String savedPrefix;

    @BeforeEach
    void isolateUserCache() throws IOException {
        savedPrefix = System.getProperty("ember.pycache.prefix");
        System.setProperty("ember.pycache.prefix", Files.createDirectories(dir.resolve("usercache")).toString());
    }

    @AfterEach
    void restore() {
        if (savedPrefix == null) System.clearProperty("ember.pycache.prefix");
        else System.setProperty("ember.pycache.prefix", savedPrefix);
    }

    private Path module(String source) throws IOException {
        Path file = dir.resolve("mod.py");
        Files.writeString(file, source);
        Files.writeString(dir.resolve("main.py"), "import mod\nprint(mod.value)\n");
        return file;
    }

    /** Runs main.py with -E (the environment may say PYTHONDONTWRITEBYTECODE) and the flags given. */
    private String run(String... flags) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String[] args = new String[flags.length + 2];
        args[0] = "-E";
        System.arraycopy(flags, 0, args, 1, flags.length);
        args[flags.length + 1] = dir.resolve("main.py").toString();
        int status = Main.run(args, stream, stream);
        return bytes.toString(StandardCharsets.UTF_8) + "exit " + status;
    }

    private static RawCode compile(String source, String file) {
        return Compiler.compile(Parser.parse(source, file, Parser.Mode.EXEC, false), file, 0);
    }

    @Test
    void firstImportWritesTheCacheBesideTheSource() throws IOException {
        Path mod = module("value = 40 + 2\n");
        assertEquals("42\nexit 0", run());
        Path cache = dir.resolve("__pycache__").resolve("mod" + CodeCache.SUFFIX);
        assertTrue(Files.isRegularFile(cache), "cache written");
        assertEquals(cache, CodeCache.cacheFileFor(mod.toString()));
        assertEquals("42\nexit 0", run());
    }

    @Test
    void aValidCacheIsUsedWithoutCompiling() throws IOException {
        Path mod = module("value = 'from source'\n");
        long mtime = Files.getLastModifiedTime(mod).toMillis();
        // a cache whose code differs from the source: seeing its value proves the source was not compiled
        RawCode other = compile("value = 'from cache'\n", mod.toString());
        CodeCache.write(mod.toAbsolutePath(), other, mtime, Files.size(mod));
        assertEquals("from cache\nexit 0", run());
    }

    @Test
    void aChangedSourceIsRecompiled() throws IOException {
        Path mod = module("value = 1\n");
        assertEquals("1\nexit 0", run());
        Files.writeString(mod, "value = 22\n");                 // other size
        assertEquals("22\nexit 0", run());
        Files.writeString(mod, "value = 33\n");                 // same size, other time
        Files.setLastModifiedTime(mod, FileTime.fromMillis(Files.getLastModifiedTime(mod).toMillis() + 5000));
        assertEquals("33\nexit 0", run());
    }

    @Test
    void aCorruptCacheIsIgnoredAndRewritten() throws IOException {
        Path mod = module("value = [1, 2]\n");
        assertEquals("[1, 2]\nexit 0", run());
        Path cache = CodeCache.cacheFileFor(mod.toString());
        byte[] good = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(good, good.length - 7));          // truncated body
        assertEquals("[1, 2]\nexit 0", run());
        assertArrayEquals(good, Files.readAllBytes(cache), "rewritten");
        byte[] garbage = good.clone();
        for (int i = 36; i < garbage.length; i++) garbage[i] = (byte) 0xA5;           // header intact, body garbage
        Files.write(cache, garbage);
        assertEquals("[1, 2]\nexit 0", run());
        Files.write(cache, new byte[] {1, 2, 3});                                    // shorter than a header
        assertEquals("[1, 2]\nexit 0", run());
    }

    @Test
    void anUnwritableCacheDirectoryFallsBackOrStaysSilent() throws IOException {
        module("value = 'ok'\n");
        Files.writeString(dir.resolve("__pycache__"), "a file where the directory should be");
        assertEquals("ok\nexit 0", run());
        Path fallback = CodeCache.userCacheFile(dir.resolve("mod.py").toAbsolutePath());
        assertNotNull(fallback);
        assertTrue(Files.isRegularFile(fallback), "written to the user cache directory instead");
        assertEquals("ok\nexit 0", run());
        // nowhere to write at all: still no error
        Files.delete(fallback);
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "");
        System.setProperty("ember.pycache.prefix", blocked.resolve("sub").toString());
        assertEquals("ok\nexit 0", run());
    }

    @Test
    void dashBWritesNothing() throws IOException {
        module("value = 5\n");
        assertEquals("5\nexit 0", run("-B"));
        assertFalse(Files.exists(dir.resolve("__pycache__")));
    }

    @Test
    void serializerRoundTripsEveryConstantKind() throws IOException {
        String source = "def f(a, *, b=2):\n    return a + 1, 2.5, 'é\\ud800', b'\\x00b', 3j, 1+2j, 10**30, -10**30,"
                + " (1, (2, None)), frozenset({1}), x[1:2], ..., True, -0.0\n"
                + "class C:\n    def m(self): return __class__\n";
        RawCode code = compile(source, "rt.py");
        byte[] data = CodeSerializer.write(code);
        RawCode back = CodeSerializer.read(data, 0);
        assertArrayEquals(data, CodeSerializer.write(back), "stable round trip");
        assertEquals(code.consts().length, back.consts().length);
        assertThrows(IOException.class, () -> CodeSerializer.read(java.util.Arrays.copyOf(data, data.length / 2), 0));
        assertNull(CodeCache.read(dir.resolve("none.pyc"), 0, 0, "x.py"));
    }
}
