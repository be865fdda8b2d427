package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.ember.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code dis} module against CPython 3.14: {@code src/test/resources/dis/dis_cases.py}
 * disassembles ~70 snippets (loops, try/except/finally, with, comprehensions, closures,
 * generators, match, f-strings, class bodies, ...) with dis.dis and, for some, show_caches,
 * show_offsets, show_positions, get_instructions' fields, code_info and depth=0. Its output under
 * CPython 3.14 is recorded in dis-cases-3.14.txt (by running the same file with
 * /work/shared/tools/python3.14); each "### name" section must match exactly, code object
 * addresses aside.
 */
class DisCasesTest {

    private static final Path DIR = resourceDir();

    private static Path resourceDir() {
        try {
            return Path.of(DisCasesTest.class.getResource("/dis/dis_cases.py").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> disOutputMatchesCPython314() throws IOException {
        return compare("dis_cases.py", "dis-cases-3.14.txt", 60);
    }

    /**
     * Code objects' attributes (co_*, co_lines(), co_positions(), _varname_from_oparg, replace(),
     * __replace__, equality and hash) for a set of functions: code_cases.py, recorded from 3.14.
     */
    @TestFactory
    Stream<DynamicTest> codeObjectAttributesMatchCPython314() throws IOException {
        return compare("code_cases.py", "code-cases-3.14.txt", 10);
    }

    /** dis on classes, methods, generators, errors, Bytecode, Instruction, the opcode module: dis_api.py. */
    @TestFactory
    Stream<DynamicTest> disApiMatchesCPython314() throws IOException {
        return compare("dis_api.py", "dis-api-3.14.txt", 10);
    }

    /** {@code ember -m dis FILE} and {@code -m dis -C -O FILE} print what {@code python3.14 -m dis} printed. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"'', dis-cli-3.14.txt", "-C -O, dis-cli-CO-3.14.txt"})
    void commandLineMatchesCPython314(String flags, String expectedFile) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-m", "dis"));
        if (!flags.isBlank()) args.addAll(java.util.List.of(flags.split(" ")));
        args.add(DIR.resolve("dis_cli_input.py").toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(args.toArray(new String[0]), stream, stream);
        String output = bytes.toString(StandardCharsets.UTF_8).replace(DIR.toString() + "/", "");
        assertEquals(0, status, tail(output));
        assertEquals(normalize(Files.readString(DIR.resolve(expectedFile))), normalize(output));
    }

    /** {@code ember -m dis} without a file reads the program from standard input, named {@code <stdin>}. */
    @org.junit.jupiter.api.Test
    void commandLineReadsStandardInput() throws IOException {
        java.io.InputStream saved = System.in;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(DIR.resolve("dis_cli_input.py"))));
            status = Main.run(new String[] {"-m", "dis"}, stream, stream);
        } finally {
            System.setIn(saved);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, tail(output));
        assertEquals(normalize(Files.readString(DIR.resolve("dis-cli-stdin-3.14.txt"))), normalize(output));
    }

    private static String normalize(String text) {
        return text.replaceAll(" at 0x[0-9a-f]+,", " at 0x?,");
    }

    private static Stream<DynamicTest> compare(String program, String expectedFile, int minSections) throws IOException {
        Map<String, String> expected = sections(Files.readString(DIR.resolve(expectedFile)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {DIR.resolve(program).toString()}, stream, stream);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, program + " failed:\n" + tail(output));
        Map<String, String> actual = sections(output);
        assertTrue(expected.size() >= minSections, "at least " + minSections + " recorded sections");
        assertEquals(expected.keySet(), actual.keySet(), "the same sections");
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey())));
    }

    private static String tail(String s) {
        return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
    }

    /** "### name" headed sections, with code object addresses normalized. */
    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) out.put(name, body.toString());
                name = line.substring(4);
                body.setLength(0);
            } else if (name != null) {
                body.append(line.replaceAll(" at 0x[0-9a-f]+,", " at 0x?,")).append('\n');
            }
        }
        if (name != null) out.put(name, body.toString());
        return out;
    }
}
