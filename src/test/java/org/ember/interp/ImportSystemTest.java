package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ember.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The import system against the small packages in src/test/python/imports: each program's
 * output (stdout and stderr together, then "exit N") must equal what python3.13 printed,
 * recorded in expected/. The -m cases run with that directory first on sys.path, as
 * {@code cd imports && python3.13 -m NAME} did.
 */
class ImportSystemTest {
    private static final Path DIR = Path.of("src/test/python/imports").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"prog_packages", "prog_errors", "prog_syntax", "prog_replaced", "guarded"})
    void scriptMatchesCPython(String program) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {DIR.resolve(program + ".py").toString()}, stream, stream);
        // tracebacks name files under this directory: recorded as <dir>, wherever the checkout is
        String actual = bytes.toString(StandardCharsets.UTF_8).replace(DIR.toString(), "<dir>");
        assertEquals(expected(program), actual + "exit " + status + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkg", "pkg.runme", "pkg.sub"})
    void dashMMatchesCPython(String module) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = new Session(stream, stream, List.of("-m"));
        session.setPath(DIR.toString(), null);
        int status = session.runModuleAsMain(module, message -> stream.println("PROGRAM: " + message));
        String actual = bytes.toString(StandardCharsets.UTF_8) + "exit " + status + "\n";
        String expected = expected("m_" + module).replaceAll("(?m)^\\S+: No module named", "PROGRAM: No module named");
        assertEquals(expected, actual);
    }

    @Test
    void emberLibraryModulesImport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {"-c",
                "import heapq, bisect, keyword, sys; print(heapq.nsmallest(2, [3, 1, 2]), keyword.iskeyword('for'),"
                        + " bisect.bisect([1, 2, 4], 3), heapq.__file__.endswith('/lib/heapq.py'), sys.path[0] == '')"},
                stream, stream);
        assertEquals("[1, 2] True 2 True True\n", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }

    @Test
    void libEntryIsFoundWithoutEmberHome() {
        String lib = Importer.libEntry();
        assertTrue(lib != null && lib.endsWith("lib"), "lib entry: " + lib);
        assertTrue(Importer.find("heapq", listOf(lib)) != null);
    }

    private static org.ember.runtime.PyList listOf(String entry) {
        org.ember.runtime.PyList list = new org.ember.runtime.PyList();
        list.append(new org.ember.runtime.PyStr(entry));
        return list;
    }

    private static String expected(String name) throws IOException {
        return Files.readString(DIR.resolve("expected/" + name + ".out"), StandardCharsets.UTF_8);
    }
}
