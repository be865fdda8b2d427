package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.Version;
import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The sys values that differ from CPython 3.13's on purpose (Ember implements 3.14 and names
 * itself); everything sys shares with CPython is in the recorded program sys_surface.py.
 */
class SysModuleTest {
    private static String run(String program, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] args = java.util.Arrays.copyOf(options, options.length + 2);
        args[options.length] = "-c";
        args[options.length + 1] = program;
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionIsThePythonVersionEmberImplements() {
        String expected = "sys.version_info(major=3, minor=14, micro=0, releaselevel='final', serial=0)\n"
                + "True 0x30e00f0\n" + Version.PYTHON + " (Ember " + Version.EMBER + ")\n";
        assertEquals(expected, run("""
                import sys
                print(repr(sys.version_info))
                print(sys.version_info == (3, 14, 0, 'final', 0), '0x%x' % sys.hexversion)
                print(sys.version.split(' [')[0])
                """));
    }

    /** sys.stdin's reading methods over a given stream (tests must not read the test JVM's own stdin). */
    @Test
    void stdinReadsLinesAndEof() {
        TextInput in = new TextInput(new java.io.ByteArrayInputStream("one\ntwo\nthree\nfour".getBytes(StandardCharsets.UTF_8)), "<stdin>");
        assertEquals("one\n", org.ember.runtime.Abstract.invoke(in, "readline").toString());
        assertEquals("tw", org.ember.runtime.Abstract.invoke(in, "readline", org.ember.runtime.PyInt.of(2)).toString());
        assertEquals("o\n", org.ember.runtime.Abstract.invoke(in, "readline").toString());
        assertEquals("three\n", org.ember.runtime.Abstract.next(in).toString());
        assertEquals("fo", org.ember.runtime.Abstract.invoke(in, "read", org.ember.runtime.PyInt.of(2)).toString());
        assertEquals("['ur']", org.ember.runtime.Abstract.repr(org.ember.runtime.Abstract.invoke(in, "readlines")).value());
        assertEquals("", org.ember.runtime.Abstract.invoke(in, "read").toString());
        assertEquals(null, org.ember.runtime.Abstract.next(in));
    }

    /** Expected values recorded with python3.13 and the same options (each ignores PYTHONDONTWRITEBYTECODE or sets -B). */
    @Test
    void flagsFollowTheCommandLine() {
        String program = "import sys; f = sys.flags; print(f.optimize, f.dont_write_bytecode, f.verbose, f.quiet, f.isolated, "
                + "f.no_user_site, f.ignore_environment, f.safe_path, f.dev_mode, f.debug, f.bytes_warning, f.no_site, "
                + "sys.dont_write_bytecode, sys._xoptions)";
        assertEquals("0 0 0 0 0 0 1 False False 0 0 0 False {}\n", run(program, "-E"));
        assertEquals("2 1 0 1 0 0 0 False False 0 0 0 True {}\n", run(program, "-OO", "-B", "-q"));
        assertEquals("0 0 0 0 1 1 1 True True 0 0 0 False {'dev': True, 'foo': 'bar'}\n", run(program, "-I", "-X", "dev", "-X", "foo=bar"));
        assertEquals("0 0 0 0 0 1 1 False False 1 1 1 False {}\n", run(program, "-s", "-E", "-S", "-b", "-d"));
    }

    @Test
    void implementationIsEmber() {
        assertEquals("ember ember-314 sys.version_info(major=0, minor=1, micro=0, releaselevel='alpha', serial=0) 0x100a0\n"
                + "namespace(name='ember', cache_tag='ember-314', version=sys.version_info(major=0, minor=1, micro=0, "
                + "releaselevel='alpha', serial=0), hexversion=65696, _multiarch='x86_64-linux-gnu', "
                + "supports_isolated_interpreters=False)\n"
                + "0 1\n", run("""
                import sys
                i = sys.implementation
                print(i.name, i.cache_tag, repr(i.version), '0x%x' % i.hexversion)
                print(i)
                print(sys.flags.gil, sys.flags.thread_inherit_context)
                """));
    }
}
