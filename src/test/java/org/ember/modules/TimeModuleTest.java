package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/** The first {@code time} functions; expected output recorded from python3.13. */
class TimeModuleTest {
    @Test
    void clocksAdvanceAndSleepChecksItsArgument() {
        String program = """
                import time
                t0 = time.perf_counter(); time.sleep(0.02); t1 = time.perf_counter()
                print(t1 - t0 >= 0.015, type(time.time()).__name__, time.perf_counter_ns() > 0, time.monotonic() <= time.monotonic())
                try:
                    time.sleep(-1)
                except ValueError as e:
                    print(e)
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("True float True True\nsleep length must be non-negative\n", out.toString(StandardCharsets.UTF_8));
    }
}
