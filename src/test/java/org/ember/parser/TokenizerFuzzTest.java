package org.ember.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated corpus sources must tokenize or fail with a ParseError: never with another Java
 * exception, never without reaching ENDMARKER. -Dember.long=true runs many more mutations.
 */
class TokenizerFuzzTest {
    private static final String ALPHABET = "()[]{}'\"\\#:=!fFtTrRbBuU0123456789xob_.eEjJ \t\f\n\r{}{}\u00e9\u20ac\u00a0\ud83d\ude00";

    @Test
    void mutatedSourcesNeverCrash() throws IOException {
        List<String> seeds;
        try (Stream<Path> files = Files.list(TokenizerTest.CASES)) {
            seeds = files.filter(p -> p.toString().endsWith(".py")).sorted().map(TokenizerTest::read).toList();
        }
        boolean longRun = Boolean.getBoolean("ember.long");
        int rounds = longRun ? 2_000_000 : 30_000;
        Random random = new Random(20261125);
        for (int i = 0; i < rounds; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String source = mutate(seed, random);
            check(source, false);
            if (i % 4 == 0) {
                check(source, true);
            }
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = sb.isEmpty() ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void check(String source, boolean allTokens) {
        try {
            Tokenizer tokenizer = allTokens ? Tokenizer.allTokens(source, "<fuzz>") : new Tokenizer(source, "<fuzz>", true);
            for (int n = 0; n <= source.length() * 4 + 1000; n++) {
                if (tokenizer.next().type() == TokenType.ENDMARKER) {
                    return;
                }
            }
            fail("no ENDMARKER for " + TokenizerTest.escape(source));
        } catch (ParseError expected) {
            // fine: CPython rejects it too (the corpus checks which message)
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(e + " for " + TokenizerTest.escape(source) + (allTokens ? " (all tokens)" : ""), e);
        }
    }
}
