package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes every .py file of CPython 3.13's own Lib (when it is installed here) and compares
 * the token count and a checksum of the token positions with what CPython's tokenizer gave
 * (for the parser, and as the tokenize module sees it),
 * recorded by tools/gen_stdlib_token_counts.py into stdlib-3.13-tokens.txt. Files CPython
 * rejects must be rejected too.
 */
class StdlibTokenizeTest {
    static final Path LIB = Path.of("/root/.pyenv/versions/3.13.0/lib/python3.13");
    static final Path RECORD = Path.of("src", "test", "resources", "tokenizer", "stdlib-3.13-tokens.txt");

    @Test
    void everyStdlibFileTokenizesLikeCPython() throws IOException {
        if (!Files.isDirectory(LIB)) {
            System.out.println("StdlibTokenizeTest SKIPPED: " + LIB + " does not exist");
            Assumptions.abort(LIB + " does not exist");
        }
        List<String> rows = Files.readAllLines(RECORD, StandardCharsets.UTF_8);
        assertTrue(rows.size() > 1000, "record has only " + rows.size() + " files");
        List<String> mismatches = new ArrayList<>();
        long bytes = 0;
        long started = System.nanoTime();
        for (String row : rows) {
            String[] fields = row.split(" ");
            Path file = LIB.resolve(fields[0]);
            byte[] data = Files.readAllBytes(file);
            bytes += data.length;
            String actual = summarize(data, file.toString(), false);
            String expected = fields.length == 2 ? "error" : fields[1] + " " + fields[2];
            if (!actual.equals(expected)) {
                mismatches.add(fields[0] + ": expected " + expected + ", got " + actual);
            }
            if (fields.length == 5 && !fields[3].equals("-1")) {
                String actualAll = summarize(data, file.toString(), true);
                String expectedAll = fields[3] + " " + fields[4];
                if (!actualAll.equals(expectedAll)) {
                    mismatches.add(fields[0] + " (all tokens): expected " + expectedAll + ", got " + actualAll);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("StdlibTokenizeTest: %d files, %.1f MB in %.2f s%n", rows.size(), bytes / 1e6, seconds);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " files differ:\n" + String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))));
        }
    }

    /** "COUNT CHECKSUM" of the non-middle tokens, computed as the generator does, or "error". */
    static String summarize(byte[] data, String filename, boolean allTokens) {
        try {
            String source = Tokenizer.decode(data, filename);
            Tokenizer tokenizer = allTokens ? Tokenizer.allTokens(source, filename) : new Tokenizer(source, filename, false);
            long count = 0;
            long checksum = 0;
            for (;;) {
                Token t = tokenizer.next();
                if (t.type() != TokenType.FSTRING_MIDDLE && t.type() != TokenType.TSTRING_MIDDLE) {
                    count++;
                    long mix = (long) t.lineno() * 7919 + (long) t.colOffset() * 131
                            + (long) t.endLineno() * 17 + t.endColOffset();
                    checksum = Math.floorMod(checksum * 31 + mix, 1_000_000_007L);
                }
                if (t.type() == TokenType.ENDMARKER) {
                    return count + " " + checksum;
                }
            }
        } catch (ParseError e) {
            return "error";
        }
    }

    @Test
    void summaryNoticesADifference() {
        assertEquals(summarize("x = 1\n".getBytes(StandardCharsets.UTF_8), "a", false).split(" ")[0], "5");
        assertTrue(!summarize("x = 1\n".getBytes(StandardCharsets.UTF_8), "a", false)
                .equals(summarize("x  = 1\n".getBytes(StandardCharsets.UTF_8), "a", false)));
    }
}
