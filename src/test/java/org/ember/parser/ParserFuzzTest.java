package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the corpus programs (characters and fragments deleted, inserted, swapped):
 * the parser must either succeed or throw ParseError, never any other Java exception. A fixed
 * seed keeps the default run reproducible; -Dember.long=true runs many more mutants.
 */
class ParserFuzzTest {
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "*", "**", "->", ".", "...",
        "@", "\n", "\n    ", "\\\n", "'", "\"", "f'", "f'{", "t'{x}", "}'", "!r", "=", "#", "lambda",
        "if", "else", "for", "in", "not", "is", "async", "await", "yield", "match", "case", "type",
        "_", "def", "class", "return", "import", "from", "as", "with", "try", "except", "except*",
        "finally", "del", "global", "1", "1.5", "2j", "0x", "'\\N{", "b'", "u'", "rb'", "\t", " ",
    };

    @Test
    void mutantsNeverThrowJavaExceptions() throws IOException {
        int mutants = Boolean.getBoolean("ember.long") ? 200_000 : 3_000;
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(ParserAstTest.CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                programs.add(Files.readString(p));
            }
        }
        Random random = new Random(20261125);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < mutants; i++) {
            String program = programs.get(random.nextInt(programs.size()));
            String mutant = mutate(program, random);
            Parser.Mode mode = Parser.Mode.values()[random.nextInt(4)];
            try {
                Parser.parse(mutant, "<fuzz>", mode, random.nextBoolean());
            } catch (ParseError e) {
                if (e.msg == null || e.lineno < 0 && !e.msg.contains("too complex")) {
                    failures.add("bad ParseError " + e + " for " + quote(mutant));
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + " for mode " + mode + ": " + quote(mutant));
            }
            if (failures.size() > 10) break;
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String mutate(String program, Random random) {
        StringBuilder sb = new StringBuilder(program);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.isEmpty() ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> { if (!sb.isEmpty()) sb.deleteCharAt(at); }
                case 1 -> sb.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> {
                    int end = Math.min(sb.length(), at + 1 + random.nextInt(20));
                    sb.delete(at, end);
                }
                default -> {
                    int other = sb.isEmpty() ? 0 : random.nextInt(sb.length());
                    if (!sb.isEmpty()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(other));
                        sb.setCharAt(other, c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return org.ember.runtime.Repr.str(s);
    }
}
