package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Frame-object behaviour that is new in 3.14 (so not in the python3.13-recorded programs):
 * expected output recorded with /work/shared/tools/python3.14.
 */
class FrameObjectTest {
    @Test
    void fGeneratorIsTheOwningGeneratorOrNone() {
        String program = """
                import sys
                def g():
                    yield sys._getframe().f_generator
                gen = g()
                print(next(gen) is gen, sys._getframe().f_generator)
                def f(): return sys._getframe().f_generator
                print(f())
                async def c():
                    return sys._getframe().f_generator
                co = c()
                try:
                    co.send(None)
                except StopIteration as e:
                    print(e.value is co)
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("True None\nNone\nTrue\n", out.toString(StandardCharsets.UTF_8));
    }
}
