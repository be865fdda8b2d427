package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/** f-string fields without a spec still call the value's __format__; expected output from python3.13. */
class FStringFormatTest {
    @Test
    void emptySpecCallsDunderFormat() {
        String program = """
                class A:
                    def __format__(self, spec): return 'A<' + spec + '>'
                class S(str): pass
                print(f'{A()}', f'{A():x}', format(A()), f'{S("s")}', f'{3.0}', f'{True}')
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("A<> A<x> A<> s 3.0 True\n", out.toString(StandardCharsets.UTF_8));
    }
}
