package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * sys.stdin, sys.stdout, sys.stderr as a separate process sees them: each program of
 * src/test/resources/stdio runs in a child JVM with stdout and stderr on one pipe (so the order
 * in which the streams reach their descriptors is visible), and the bytes must be the ones
 * python3.13 wrote in the same setting (the .expected files, recorded with LANG=C.UTF-8).
 */
class StdioTest {

    private static final Path DIR = Path.of("src/test/resources/stdio");

    private static byte[] run(String program, List<String> options, boolean unbufferedEnv, Path stdin) throws Exception {
        List<String> command = org.ember.ChildEmber.command(options);
        command.add(DIR.resolve(program).toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        env.put("LANG", "C.UTF-8");
        if (unbufferedEnv) env.put("PYTHONUNBUFFERED", "1");
        else env.remove("PYTHONUNBUFFERED");
        pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return out;
    }

    private static void check(String expectedFile, byte[] actual) throws Exception {
        assertEquals(Files.readString(DIR.resolve(expectedFile), StandardCharsets.ISO_8859_1),
                new String(actual, StandardCharsets.ISO_8859_1), expectedFile);
    }

    @Test
    void blockBufferedStdoutKeepsItsTextUntilFlushWhileBytesAndStderrGoFirst() throws Exception {
        check("order.expected", run("order.py", List.of(), false, null));
    }

    @Test
    void dashUAndPythonUnbufferedWriteThrough() throws Exception {
        check("order-u.expected", run("order.py", List.of("-u"), false, null));
        check("order-u.expected", run("order.py", List.of(), true, null));
        check("order.expected", run("order.py", List.of("-E"), true, null));   // -E ignores PYTHONUNBUFFERED
    }

    @Test
    void reconfigureAndClose() throws Exception {
        check("reconfigure.expected", run("reconfigure.py", List.of(), false, null));
    }

    @Test
    void stdinTextAndBuffer() throws Exception {
        check("stdin.expected", run("stdin.py", List.of(), false, DIR.resolve("stdin.input")));
    }
}
