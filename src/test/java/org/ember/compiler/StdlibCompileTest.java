package org.ember.compiler;

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
 * pipeline: symbol table, code generator, back end. Only the library's deliberately broken files
 * may raise SyntaxError; no Java exception may escape. Constructs the code generator does not
 * support yet raise CompilerError: they are counted by construct and printed, and their number
 * may only go down ({@link #MAX_UNSUPPORTED}).
 */
class StdlibCompileTest {
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
        int compiled = 0;
        List<String> unsupported = new ArrayList<>();
        Map<String, Integer> byConstruct = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] source = Files.readAllBytes(file);
            try {
                Compiler.compile(Parser.parse(source, name, Parser.Mode.EXEC, false), name, 0);
                compiled++;
            } catch (ParseError | CompilerRecursionError e) {
                assertTrue(name.startsWith("bad"), "rejected " + file + ": " + e);
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
        System.out.println("StdlibCompileTest: " + compiled + " of " + files.size() + " files compiled; "
                + unsupported.size() + " use unsupported constructs: " + byConstruct);
        assertTrue(compiled > 500, "expected most of the library to compile, compiled " + compiled);
        assertTrue(unsupported.size() <= MAX_UNSUPPORTED, "more files with unsupported constructs than before: "
                + unsupported.size());
    }
}
