package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential regression data: mutants of the corpus sources with the outcome CPython's
 * tokenizer gave them (parser-mode tokens or its SyntaxError), recorded by
 * tools/gen_tokenizer_mutations.py into mutations.txt.
 */
class TokenizerMutationTest {
    static final Path RECORD = Path.of("src", "test", "resources", "tokenizer", "mutations.txt");

    @Test
    void mutantsTokenizeLikeCPython() throws IOException {
        String[] records = Files.readString(RECORD, StandardCharsets.UTF_8).split("\n=====\n");
        assertTrue(records.length >= 1000, "only " + records.length + " mutants");
        List<String> failures = new ArrayList<>();
        for (String record : records) {
            String[] lines = record.split("\n", 2);
            String source = unescape(lines[0].substring("source ".length()));
            String expected = lines[1];
            String actual = outcome(source);
            if (!expected.replace(" -1 ", " None ").equals(actual)) {
                failures.add(TokenizerTest.escape(source) + "\n  expected: " + firstLine(expected, actual)
                        + "\n  actual:   " + firstLine(actual, expected));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mutants differ, e.g.\n"
                + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    }

    /** The parser-mode dump (NEWLINE text blanked, as recorded) or the error line. */
    private static String outcome(String source) {
        String error = TokenizerTest.errorLine(source);
        if (!error.equals("no error")) {
            return error;
        }
        return "parser\n" + String.join("\n", TokenizerTest.dump(source, new Tokenizer(source, "<f>", false), true));
    }

    /** The first line where {@code a} differs from {@code b}. */
    private static String firstLine(String a, String b) {
        String[] al = a.split("\n");
        String[] bl = b.split("\n");
        for (int i = 0; i < al.length; i++) {
            if (i >= bl.length || !al[i].equals(bl[i])) {
                return al[i];
            }
        }
        return "<end>";
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> sb.append(n);   // \\ and \"
            }
        }
        return sb.toString();
    }

    @Test
    void unescapeReadsTheRecordedEscapes() {
        assertEquals("a\\\"\n\r\t\u000c", unescape("a\\\\\\\"\\n\\r\\t\\x0c"));
    }
}
