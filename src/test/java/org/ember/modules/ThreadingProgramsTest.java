package org.ember.modules;

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
import org.junit.jupiter.api.TestFactory;

/**
 * The threading-family programs (src/test/resources/threads/NAME.py: _thread, threading, queue,
 * concurrent.futures, contextvars, weakref, gc, atexit) run through {@code ember -X check-stack
 * FILE}; stdout, stderr and the exit status must equal what python3.13 printed (NAME.stdout,
 * NAME.stderr, NAME.status, recorded by {@code tools/record-threads-programs}).
 *
 * <p>Tracebacks are compared after {@link #normalize}: frames inside the standard library are
 * dropped (Ember's threading.py is not CPython's, so its file, line numbers and frames differ),
 * the program's own path is reduced to its file name, and 3.13's {@code ~~~^^^} marker lines
 * are removed (Ember does not print them yet), and object addresses ({@code 0x7f...}) are
 * masked. Everything else must match exactly.
 */
class ThreadingProgramsTest {
    static final Path DIR = Path.of("src/test/resources/threads");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(DIR)) {
            list.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path program) throws IOException {
        String base = program.toString().replaceAll("\\.py$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-X", "check-stack", program.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String name = program.getFileName().toString();
        assertEquals(Files.readString(Path.of(base + ".stdout")), out.toString(StandardCharsets.UTF_8), name + " stdout");
        assertEquals(normalize(Files.readString(Path.of(base + ".stderr")), name),
                normalize(err.toString(StandardCharsets.UTF_8), name), name + " stderr");
        assertEquals(Integer.parseInt(Files.readString(Path.of(base + ".status")).strip()), status, name + " status");
    }

    /** Drops library frames and caret lines, shortens the program's path (see the class comment). */
    static String normalize(String stderr, String programName) {
        StringBuilder sb = new StringBuilder();
        String[] lines = stderr.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.matches("\\s*[~^]+\\s*")) continue;
            if (line.startsWith("  File \"")) {
                int close = line.indexOf('"', 8);
                String file = close < 0 ? "" : line.substring(8, close);
                boolean own = file.endsWith("/" + programName) || file.equals(programName);
                if (!own) {
                    // skip the frame and its source line
                    if (i + 1 < lines.length && lines[i + 1].startsWith("    ")) i++;
                    continue;
                }
                line = "  File \"" + programName + "\"" + line.substring(close + 1);
            } else if (line.startsWith("/") && line.contains("/" + programName + ":")) {
                // a warning's "PATH/NAME.py:LINE: Category: message": the path depends on the checkout
                line = line.substring(line.indexOf("/" + programName + ":") + 1);
            }
            sb.append(line);
            if (i + 1 < lines.length) sb.append('\n');
        }
        return sb.toString().replaceAll("0x[0-9a-f]+", "0x?");
    }
}
