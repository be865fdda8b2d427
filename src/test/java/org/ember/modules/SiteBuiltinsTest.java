package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The parts of site's builtins whose output is Ember's own and so cannot be recorded from
 * CPython (site_builtins.py covers the rest): help() on classes and modules (CPython runs pydoc,
 * Ember lib/_ember_help.py), the interactive help loop and paging a long _Printer.
 */
class SiteBuiltinsTest {
    private static String run(String program, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        InputStream savedIn = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int status = Main.run(new String[] {"-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertEquals(0, status);
        } finally {
            System.setIn(savedIn);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpOnAClassListsItsMethodsAndData() {
        String text = run("""
                class Base:
                    "Base doc."
                    def m(self, x):
                        "Method doc."
                    @classmethod
                    def c(cls, y=1): pass
                    value = 3
                class Child(Base):
                    pass
                help(Base)
                help(Child)
                """, "");
        assertTrue(text.startsWith("Help on class Base in module __main__:\n\nclass Base(builtins.object)\n |  Base doc.\n"), text);
        assertTrue(text.contains(" |  Methods defined here:\n |\n |  c(cls, y=1)\n |      (class method)\n |\n |  m(self, x)\n |      Method doc.\n"), text);
        assertTrue(text.contains(" |  Data and other attributes defined here:\n |\n |  value = 3\n"), text);
        assertTrue(text.contains("Help on class Child in module __main__:\n\nclass Child(Base)\n"), text);
        assertTrue(text.contains(" |  Method resolution order:\n |      Child\n |      Base\n |      builtins.object\n"), text);
    }

    @Test
    void helpOnAModuleAndOnAnInstance() {
        String text = run("""
                import bisect
                help(bisect)
                help(3)
                """, "");
        assertTrue(text.startsWith("Help on module bisect:\n\nNAME\n    bisect - "), text);
        assertTrue(text.contains("\nFUNCTIONS\n    bisect(a, x, lo=0, hi=None, *, key=None)\n"), text);
        assertTrue(text.contains("\n\n    bisect_left(a, x, lo=0, hi=None, *, key=None)\n"), text);
        assertTrue(text.contains("\nFILE\n    "), text);
        assertTrue(text.contains("Help on class int in module builtins:\n\nclass int(object)\n"), text);
    }

    @Test
    void helpShowsMethodDocstrings() {
        String text = run("""
                print(list.append.__doc__ == [].append.__doc__ != None, dict.fromkeys.__doc__ == {}.fromkeys.__doc__ != None)
                print(type(str.zfill.__doc__).__name__)
                help(list.pop)
                """, "");
        assertTrue(text.startsWith("True True\nNoneType\nHelp on method_descriptor:\n\npop(self, index=-1, /)\n    "), text);
    }

    @Test
    void interactiveHelpReadsNamesUntilQuit() {
        String text = run("help()", "len\nquit\n");
        assertTrue(text.startsWith("Welcome to Ember's help utility."), text);
        assertTrue(text.contains("help> Help on built-in function len in module builtins:\n\nlen(obj, /)\n"), text);
        assertTrue(text.endsWith("help> \nYou are now leaving help and returning to the Python interpreter.\n"), text);
    }

    @Test
    void aLongPrinterIsPagedUntilQ() {
        String text = run("""
                import _sitebuiltins
                printer = _sitebuiltins._Printer('demo', '\\n'.join(f'line {i}' for i in range(60)))
                print(repr(printer))
                printer()
                """, "\nq\n");
        String prompt = "Hit Return for more, or q (and Return) to quit: ";
        assertTrue(text.startsWith("Type demo() to see the full demo text\nline 0\n"), text);
        assertTrue(text.contains("line 22\n" + prompt + "line 23\n"), text);
        assertTrue(text.endsWith("line 45\n" + prompt), text);
    }
}
