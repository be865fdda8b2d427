package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Compiles every .py file of CPython 3.13's standard library (when installed) through the whole
 * pipeline: symbol table, code generator, back end. Every file CPython compiles must compile; the
 * files CPython rejects (recorded by tools/gen-stdlib-rejected.py in stdlib-rejected-3.13.txt)
 * must be rejected with the same exception type and message. No Java exception may escape.
 * Constructs the code generator does not support yet raise CompilerError: they are counted by
 * construct and printed, and their number may only go down ({@link #MAX_UNSUPPORTED}).
 */
class StdlibCompileTest {
    static final Path REJECTED = Path.of("src", "test", "resources", "compiler", "stdlib-rejected-3.13.txt");

    /**
     * Rejected by both, with another message. compile() of bytes that are not UTF-8 (no cookie)
     * fails in CPython only where a string literal or a name holds the bad byte, with "(unicode
     * error) 'utf-8' codec can't decode ..."; Ember decodes the whole source first and gives the
     * message of a script run ("Non-UTF-8 code starting with ..."). The list may only shrink.
     */
    static final java.util.Set<String> OTHER_MESSAGE = java.util.Set.of("test/tokenizedata/badsyntax_pep3120.py");

    /** CPython's rejections by path relative to Lib: "TYPE\tLINENO\tMESSAGE". */
    static Map<String, String> cpythonRejections() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(REJECTED)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", 2);
            out.put(f[0], f[1]);
        }
        return out;
    }

    /** Files rejected with "does not support ... yet"; lower it when the code generator learns more. */
    static final int MAX_UNSUPPORTED = 0;

    @Test
    void compilesTheStandardLibrary() throws IOException {
        Path stdlib = StdlibSymbolTableTest.STDLIB;
        if (!Files.isDirectory(stdlib)) {
            System.out.println("StdlibCompileTest: skipped, no CPython standard library at " + stdlib);
            assumeTrue(false, "no CPython 3.13 standard library at " + stdlib);
        }
        List<Path> files;
        try (var walk = Files.walk(stdlib)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        Map<String, String> rejections = cpythonRejections();
        assertTrue(rejections.size() >= 3, "the recorded rejections");
        int compiled = 0, rejectedAlike = 0;
        List<String> unsupported = new ArrayList<>();
        Map<String, Integer> byConstruct = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] source = Files.readAllBytes(file);
            String expectedRejection = rejections.get(stdlib.relativize(file).toString());
            try {
                Compiler.compile(Parser.parse(source, name, Parser.Mode.EXEC, false), name, 0);
                compiled++;
                assertEquals(null, expectedRejection, "CPython rejects " + file + ", Ember compiles it");
            } catch (ParseError e) {
                if (OTHER_MESSAGE.contains(stdlib.relativize(file).toString()) && expectedRejection != null) {
                    rejectedAlike++;
                    continue;
                }
                // the line is not compared: compile() of bytes reports decoding errors at line 0
                // (no position), where Ember places them on the cookie's line as imports do
                assertEquals(expectedRejection == null ? null : expectedRejection.replaceAll("\t.*\t", ": "),
                        e.kind + ": " + e.msg, "rejected " + file);
                rejectedAlike++;
            } catch (CompilerRecursionError e) {
                throw new AssertionError("too deep for the compiler: " + file, e);
            } catch (CompilerError e) {
                String message = String.valueOf(e.getMessage());
                assertTrue(message.contains("does not support"), "internal compiler error on " + file + ": " + e);
                unsupported.add(stdlib.relativize(file) + ": " + message);
                String construct = message.replaceAll(".*support (.*) yet.*", "$1");
                byConstruct.merge(construct, 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError bug) {
                throw new AssertionError("Java exception on " + file, bug);
            }
        }
        System.out.println("StdlibCompileTest: " + compiled + " of " + files.size() + " files compiled, "
                + rejectedAlike + " rejected as CPython rejects them; "
                + unsupported.size() + " use unsupported constructs: " + byConstruct);
        assertEquals(rejections.size(), rejectedAlike, "every file CPython rejects is rejected");
        assertTrue(compiled > 500, "expected most of the library to compile, compiled " + compiled);
        assertTrue(unsupported.size() <= MAX_UNSUPPORTED, "more files with unsupported constructs than before: "
                + unsupported.size());
    }
}
