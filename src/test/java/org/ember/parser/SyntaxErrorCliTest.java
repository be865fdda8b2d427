package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ember.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ember FILE} and {@code ember -c CMD} on programs with syntax errors: stderr must be what
 * CPython 3.13 prints (recorded in src/test/resources/parser/cli/NAME.stderr, produced by running
 * python3.13 on the same files from the worktree root) and the exit status 1.
 */
class SyntaxErrorCliTest {
    static final Path DIR = Path.of("src/test/resources/parser/cli");

    private record Result(int status, String stderr, String stdout) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(scripts::add);
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String recorded = Files.readString(Path.of(p.toString().replaceAll("\\.py$", ".stderr")), StandardCharsets.UTF_8);
            // The recording names the file by the absolute path it had on the recording machine.
            String recordedPath = recorded.substring(recorded.indexOf('"') + 1, recorded.indexOf('"', recorded.indexOf('"') + 1));
            String expected = recorded.replace(recordedPath, p.toAbsolutePath().toString());
            Result r = run(p.toString());
            assertEquals(1, r.status);
            assertEquals(expected, r.stderr);
        }));
    }

    @Test
    void commandLineProgram() {
        Result r = run("-c", "x =");
        assertEquals(1, r.status);
        assertEquals("  File \"<string>\", line 1\n    x =\n       ^\nSyntaxError: invalid syntax\n", r.stderr);
    }

    @Test
    void validProgramRuns() {
        Result r = run("-c", "x = 1\nprint(x + 2, 'ok', sep='-')");
        assertEquals(0, r.status);
        assertEquals("", r.stderr);
        assertEquals("3-ok\n", r.stdout);
    }
}
