package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of Java heap is CPython's MemoryError (DESIGN §7: no Java exception reaches the
 * user), and the interpreter stays usable. A child JVM with a small heap, so that the test fills
 * it quickly. (Tier-2 code converts it too, in JitOps.handle, but filling the heap there is not a
 * reliable test: generating the class of a code object that becomes hot meanwhile may itself run
 * out of memory.)
 */
class MemoryErrorTest {
    private static final String PROGRAM = """
            def grab(n):
                chunks = []
                for i in range(n):
                    chunks.append(bytearray(1 << 20))
                return len(chunks)

            try:
                grab(10 ** 6)
            except MemoryError as e:
                print("in a function:", type(e).__name__, e.args)
            chunks = []
            try:
                while True:
                    chunks.append(bytearray(1 << 20))
            except MemoryError as e:
                chunks = None
                print("module level:", type(e).__name__)
            print(sum(range(10)), grab(3))
            """;

    @Test
    void outOfHeapIsMemoryError(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("oom.py");
        Files.writeString(program, PROGRAM);
        List<String> command = org.ember.ChildEmber.command(List.of(program.toString()));
        command.add(1, "-Xmx64m");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("in a function: MemoryError ()\nmodule level: MemoryError\n45 3\n", out);
    }
}
