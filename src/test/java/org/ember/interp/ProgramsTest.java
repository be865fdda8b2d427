package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ember.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole programs through {@code ember FILE} (parser, compiler, interpreter): stdout, stderr and
 * exit status must be what CPython 3.13 produced (src/test/resources/interp/programs/NAME.*,
 * recorded by tools/record-programs, which runs python3.13 NAME.py in that directory). The
 * directory's absolute path is removed from both sides, so tracebacks compare as
 * {@code File "NAME.py", line N}: stderr is compared exactly, position markers included.
 */
class ProgramsTest {
    static final Path DIR = Path.of("src/test/resources/interp/programs");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(DIR)) {
            list.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        return files.stream().flatMap(p -> Stream.of(SpecializationMode.values()).map(mode ->
                DynamicTest.dynamicTest(p.getFileName().toString() + " [" + mode.label() + "]", () -> {
            String base = p.toString().replaceAll("\\.py$", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // NAME.args, when present: interpreter options (one a line) given before the file, e.g. -W error
            List<String> argv = new ArrayList<>(List.of("-X", "check-stack"));
            argv.addAll(mode.options);
            Path options = Path.of(base + ".args");
            if (Files.exists(options)) Files.readAllLines(options).stream().filter(l -> !l.isBlank()).forEach(argv::add);
            argv.add(p.toAbsolutePath().toString());
            int status = Main.run(argv.toArray(String[]::new),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String dir = DIR.toAbsolutePath() + java.io.File.separator;
            assertEquals(Files.readString(Path.of(base + ".stdout")), out.toString(StandardCharsets.UTF_8).replace(dir, ""));
            assertEquals(Files.readString(Path.of(base + ".stderr")), err.toString(StandardCharsets.UTF_8).replace(dir, ""),
                    p.getFileName() + ": stderr");
            assertEquals(Integer.parseInt(Files.readString(Path.of(base + ".status")).strip()), status);
        })));
    }
}
