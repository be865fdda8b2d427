package org.ember;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ember.cli.CommandLine;
import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void commandTerminatesOptionList() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"-X", "foo", "-c", "print(1)", "a", "-b"});
        assertEquals(CommandLine.Mode.COMMAND, cl.mode);
        assertEquals("print(1)", cl.target);
        assertEquals(List.of("-c", "a", "-b"), cl.argv);
        assertEquals(Boolean.TRUE, cl.xoptions.get("foo"));
    }

    @Test
    void combinedLettersAndXValue() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"-BXdev=3", "prog.py", "x"});
        assertEquals("3", cl.xoptions.get("dev"));
        assertEquals(CommandLine.Mode.FILE, cl.mode);
        assertEquals(List.of("prog.py", "x"), cl.argv);
        assertTrue(cl.flags.indexOf("B") >= 0);
    }

    @Test
    void moduleGetsRemainingArguments() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"-mast", "-a", "f.py"});
        assertEquals(CommandLine.Mode.MODULE, cl.mode);
        assertEquals("ast", cl.target);
        assertEquals(List.of("-m", "-a", "f.py"), cl.argv);
    }

    private static String[] runCapturing(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void unknownOptionsGiveCPythonsUsageErrorAndStatus2() {
        String[] r = runCapturing("-Q");
        assertEquals("2", r[0]);
        assertEquals("Unknown option: -Q\nusage: ember [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `ember -h' for more information.\n", r[2]);
        r = runCapturing("--foo");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("unknown option --foo\n"), r[2]);
        r = runCapturing("-c");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("Argument expected for the -c option\n"), r[2]);
    }

    @Test
    void versionNamesEmberAndPython314() {
        String[] r = runCapturing("-V");
        assertEquals("0", r[0]);
        assertEquals("Python 3.14.0 (Ember " + Version.EMBER + ")\n", r[1]);
    }

    @Test
    void unknownModule() {
        String[] r = runCapturing("-m", "no_such_module_here");
        assertEquals("1", r[0]);
        assertEquals("ember: No module named no_such_module_here\n", r[2]);
    }
}
