package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The no-GIL acceptance runs, at Python level: the programs under
 * src/test/resources/threads/stress run on Ember's parallel threads several times in a row and
 * must print exactly what python3.13 printed (their output only states exact totals, so it
 * does not depend on the thread interleaving or on the operation count).
 *
 * <ul>
 * <li>{@code shared_containers.py OPS}: 8 threads × OPS mixed operations on one list, dict
 *     and set. Default: 3 runs of 30,000 operations per thread; with {@code -Dember.long=true}
 *     the acceptance run, 50 runs of 100,000.</li>
 * <li>{@code mutating_classes.py ROUNDS}: threads rebinding methods and attributes of a class,
 *     module globals and a growing instance layout while 4 others call methods and read
 *     attributes. Default 3 runs of 5,000 rounds; long: 20 runs of 20,000.</li>
 * <li>{@code oracle_races.py ROUNDS}: worker threads run the same functions while a mutator
 *     replaces methods, rebinds globals, assigns {@code __class__}, grows layouts and resizes
 *     dicts; each round's checksums must equal a sequential run's (docs/threads.md, "No data
 *     race gives a wrong answer"). Run in the interpreter ({@code -X jit=0}), with tier 2 at
 *     its default threshold, and with tier 2 compiling at a low threshold (code switching from
 *     the interpreter to compiled code mid-race). Default 1 run of 6 rounds per mode; long: 10
 *     runs of 200.</li>
 * </ul>
 */
class ThreadStressTest {
    private static final Path DIR = Path.of("src/test/resources/threads/stress");
    private static final boolean LONG = Boolean.getBoolean("ember.long");

    @Test
    void sharedContainersStayExact() throws IOException {
        repeat("shared_containers", LONG ? 50 : 3, LONG ? "100000" : "30000");
    }

    @Test
    void classesGlobalsAndLayoutsMutatedWhileRead() throws IOException {
        repeat("mutating_classes", LONG ? 20 : 3, LONG ? "20000" : "5000");
    }

    @Test
    void sameFunctionsAgreeWithSequentialOracleWhileMutated() throws IOException {
        for (String[] mode : new String[][] {{"-X", "jit=0"}, {}, {"-X", "jit-threshold=20"}}) {
            repeat("oracle_races", LONG ? 10 : 1, LONG ? "200" : "6", mode);
        }
    }

    private static void repeat(String name, int runs, String size, String... options) throws IOException {
        Path program = DIR.resolve(name + ".py");
        String expected = Files.readString(DIR.resolve(name + ".stdout"));
        for (int run = 1; run <= runs; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = java.util.Arrays.copyOf(options, options.length + 2);
            args[options.length] = program.toString();
            args[options.length + 1] = size;
            int status = Main.run(args,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String where = name + " " + String.join(" ", options) + " run " + run + " of " + runs;
            assertEquals("", err.toString(StandardCharsets.UTF_8), where + ": stderr");
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), where + ": stdout");
            assertEquals(0, status, where + ": status");
        }
    }
}
