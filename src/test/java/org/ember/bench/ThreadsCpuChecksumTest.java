package org.ember.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ember.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bench/programs/threads_cpu.py, the program bench/run measures thread scaling with, computes the
 * same checksum whatever the number of threads (issue 6: "with identical results"): three
 * iterations with 1, 2 and 4 threads (ROUNDS 1), each iteration's checksum equal to the one
 * python3.13 printed (src/test/resources/bench/threads_cpu-rounds1.checksum). The program itself
 * also checks that all threads of one iteration agree. Run in the interpreter alone, with tier 2
 * at its default threshold, and with tier 2 compiling every code object on first use (so that
 * the threads run compiled code side by side from the start).
 */
class ThreadsCpuChecksumTest {
    private static final Path PROGRAM = Path.of("bench/programs/threads_cpu.py").toAbsolutePath();
    private static final Path EXPECTED = Path.of("src/test/resources/bench/threads_cpu-rounds1.checksum");

    @ParameterizedTest
    @ValueSource(strings = {"jit=0", "jit-threshold=200", "jit-threshold=0"})
    void checksumDoesNotDependOnTheThreadCount(String mode) throws IOException {
        String expected = Files.readString(EXPECTED).strip();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] argv = {"-X", mode, PROGRAM.toString(), "3", "1,2,4", "1"};
        int status = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr");
        assertEquals(0, status);
        List<String> checksums = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split(" ", 4); // iteration <i> <seconds> <checksum>
            assertEquals("iteration", parts[0], line);
            checksums.add(parts[3]);
        }
        assertEquals(List.of(expected, expected, expected), checksums, "checksums of the 1-, 2- and 4-thread iterations");
    }
}
