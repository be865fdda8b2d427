package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/** Python subclasses of staticmethod/classmethod work like their bases (expected output from python3.13). */
class DescriptorSubclassTest {
    @Test
    void subclassesOfStaticmethodAndClassmethod() {
        String program = """
                class S(staticmethod): pass
                class C(classmethod): pass
                def f(*a): return len(a)
                s = S(f); c = C(f)
                print(repr(s)[:14], repr(c)[:13], s(), S.__mro__[1].__name__, s.__func__ is f, c.__wrapped__ is f)
                class K:
                    g = S(f)
                    h = C(f)
                print(K.g(), K().g(), K.h(), K().h())
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("<staticmethod( <classmethod( 0 staticmethod True True\n0 0 1 1\n", out.toString(StandardCharsets.UTF_8));
    }
}
