package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code ember -m unittest discover ...} (the command line run in-process through
 * {@link org.ember.cli.Main#run}, whose result is the exit status), against
 * {@code python3.13 -m unittest discover ...} recorded on the same test directory
 * ({@code tools/gen-unittest-cli.sh}): the dots line, the failure/error/unexpected-success
 * reports with their tracebacks, skips and expected failures, subtests, {@code -v}, {@code -p},
 * {@code -t}, {@code -k}, the summary line and the exit status (1 when anything failed).
 */
class UnittestCliTest {
    private static final Path CASES = Path.of("src/test/resources/unittest-cli");

    record Case(String args, String expected) {}

    @Test
    void discoverMatchesCPython() throws Exception {
        Path work = Files.createTempDirectory("ember-unittest-cli");
        copyTree(CASES.resolve("tests"), work.resolve("tests"));
        List<Case> cases = readCases();
        assertEquals(5, cases.size());
        for (Case c : cases) {
            assertEquals(c.expected(), run(work, c.args()), c.args());
        }
    }

    private static List<Case> readCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        String args = null;
        StringBuilder expected = new StringBuilder();
        for (String line : Files.readAllLines(CASES.resolve("expected.txt"))) {
            if (line.startsWith("### ")) {
                if (args != null) cases.add(new Case(args, expected.toString()));
                args = line.substring(4);
                expected.setLength(0);
            } else {
                expected.append(line).append('\n');
            }
        }
        if (args != null) cases.add(new Case(args, expected.toString()));
        return cases;
    }

    /** The run's output (stdout and stderr together) normalized as recorded, then "rc=STATUS". */
    private static String run(Path work, String args) throws Exception {
        String dir = work.toString();
        String[] words = args.replace("DIR", dir).split(" ");
        String[] command = new String[words.length + 2];
        command[0] = "-m";
        command[1] = "unittest";
        System.arraycopy(words, 0, command, 2, words.length);
        var buffer = new java.io.ByteArrayOutputStream();
        var stream = new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = org.ember.cli.Main.run(command, stream, stream);
        stream.flush();
        String normalized = buffer.toString(StandardCharsets.UTF_8).replace(work.toRealPath().toString(), "DIR")
                .replace(dir, "DIR").replaceAll("in \\d+\\.\\d+s", "in X.XXXs");
        return normalized + "rc=" + status + "\n";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.toString().endsWith(".py")) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
